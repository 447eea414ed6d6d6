using Microsoft.Extensions.Logging;
using Skytells.Emulator.Accounts;
using Skytells.Emulator.Faults;
using Skytells.Emulator.Hosting;
using Skytells.Emulator.Recording;

namespace Skytells.Emulator;

/// <summary>
/// A local emulator of the Skytells API's Standard and Edge gateways on loopback, for tests and samples: real HTTP,
/// the API's wire contract, account plans, the Edge model rule, time-driven prediction lifecycles and fault injection.
/// </summary>
/// <example>
/// <code>
/// await using var emulator = await SkytellsEmulator.StartAsync(new EmulatorOptions { TimeScale = 0.01 });
/// // point a client at emulator.StandardBaseUrl / emulator.EdgeBaseUrl with EmulatorApiKeys.Business
/// </code>
/// </example>
public sealed class SkytellsEmulator : IAsyncDisposable
{
    private readonly EmulatorServer _server;
    private readonly AccountDirectory _accounts;
    private readonly FaultRules _faults;
    private readonly RequestRecorder _recorder;
    private readonly CancellationTokenSource _stopping;
    private int _disposed;

    private SkytellsEmulator(
        EmulatorOptions options, EmulatorServer server, AccountDirectory accounts, FaultRules faults, RequestRecorder recorder, CancellationTokenSource stopping)
    {
        Options = options;
        _server = server;
        _accounts = accounts;
        _faults = faults;
        _recorder = recorder;
        _stopping = stopping;
        var host = options.ResolveAddress().ToString();
        StandardBaseUrl = BaseUrl(host, server.PortOf(EmulatorGateway.Standard));
        EdgeBaseUrl = BaseUrl(host, server.PortOf(EmulatorGateway.Edge));
    }

    /// <summary>The Standard gateway's base URL, with <c>/v1</c> and no trailing slash, e.g. <c>http://127.0.0.1:41234/v1</c>.</summary>
    public Uri StandardBaseUrl { get; }

    /// <summary>The Edge gateway's base URL (its own port), with <c>/v1</c> and no trailing slash.</summary>
    public Uri EdgeBaseUrl { get; }

    /// <summary>The options the emulator was started with.</summary>
    public EmulatorOptions Options { get; }

    /// <summary>
    /// A thread-safe snapshot of every request received, in arrival order, including rejected and faulted ones.
    /// A request appears once it is answered (or reset); requests still being handled are not listed yet.
    /// </summary>
    public IReadOnlyList<RecordedRequest> Requests => _recorder.Snapshot();

    /// <summary>Starts both gateways and returns once they accept connections.</summary>
    /// <param name="options">Settings; null uses the defaults (loopback, free ports, demo keys, real-time latencies).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator; dispose it to stop it.</returns>
    public static async Task<SkytellsEmulator> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EmulatorOptions();
        options.Validate();

        var accounts = new AccountDirectory(options.ApiKeys);
        var api = new EmulatorApi(options);
        var faults = new FaultRules();
        var recorder = new RequestRecorder();
        var ports = new GatewayPorts();
        var stopping = new CancellationTokenSource();
        var server = EmulatorServer.Create(options.ResolveAddress(), options.StandardPort, options.EdgePort, options.EnableLogging);
        try
        {
            var logger = server.LoggerFactory.CreateLogger("Skytells.Emulator");
            var pipeline = new EmulatorPipeline(
                recorder, faults, new ApiDispatcher(api.Routes, accounts, logger), ports, options.TimeProvider, logger, stopping.Token);
            await server.StartAsync(pipeline.InvokeAsync, cancellationToken).ConfigureAwait(false);
            ports.EdgePort = server.PortOf(EmulatorGateway.Edge);
            return new SkytellsEmulator(options, server, accounts, faults, recorder, stopping);
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            stopping.Dispose();
            throw;
        }
    }

    /// <summary>Forgets the requests recorded so far.</summary>
    public void ClearRequests() => _recorder.Clear();

    /// <summary>Registers an API key, or changes the plan of a registered one (its predictions stay).</summary>
    /// <param name="apiKey">The key, as clients send it in <c>x-api-key</c>.</param>
    /// <param name="plan">The plan of the key's account.</param>
    public void AddApiKey(string apiKey, AccountPlan plan) => _accounts.Register(apiKey, plan);

    /// <summary>Queues a fault rule; rules are tried in the order they were injected.</summary>
    /// <param name="fault">The rule; it is validated and copied.</param>
    /// <exception cref="ArgumentException">The rule is contradictory or does nothing.</exception>
    public void InjectFault(EmulatorFault fault) => _faults.Add(fault);

    /// <summary>Removes every queued fault rule.</summary>
    public void ClearFaults() => _faults.Clear();

    /// <summary>Stops both gateways; requests still waiting (server-side await, injected delays) are aborted.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        await _server.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    /// <inheritdoc />
    public override string ToString() => $"SkytellsEmulator(Standard {StandardBaseUrl}, Edge {EdgeBaseUrl})";

    private static Uri BaseUrl(string host, int port) => new UriBuilder(Uri.UriSchemeHttp, host, port, "/v1").Uri;
}
