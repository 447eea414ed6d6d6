using Microsoft.Extensions.Logging;
using Skytells.Emulator.Accounts;
using Skytells.Emulator.Faults;
using Skytells.Emulator.Hosting;
using Skytells.Emulator.Recording;
using Skytells.Emulator.Webhooks;

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
    private readonly WebhookScheduler _webhooks;
    private int _disposed;

    private SkytellsEmulator(
        EmulatorOptions options,
        EmulatorServer server,
        AccountDirectory accounts,
        FaultRules faults,
        RequestRecorder recorder,
        CancellationTokenSource stopping,
        WebhookScheduler webhooks)
    {
        _webhooks = webhooks;
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

    /// <summary>
    /// A thread-safe snapshot of every webhook delivery attempt, in the order they finished: one entry per try, so a
    /// retried event appears once per attempt. An undeliverable (relative) URL gets one entry with status 0.
    /// </summary>
    public IReadOnlyList<WebhookDeliveryRecord> WebhookDeliveries => _webhooks.Log.Snapshot();

    /// <summary>Starts both gateways and returns once they accept connections.</summary>
    /// <param name="options">Settings; null uses the defaults (loopback, free ports, demo keys, real-time latencies).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator; dispose it to stop it.</returns>
    public static async Task<SkytellsEmulator> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EmulatorOptions();
        options.Validate();

        var accounts = new AccountDirectory(options.ApiKeys, options.DefaultStandardRateLimit, options.DefaultEdgeRateLimit, options.TimeProvider);
        var routes = new EmulatorRoutes(options);
        var faults = new FaultRules();
        var recorder = new RequestRecorder();
        var ports = new GatewayPorts();
        var stopping = new CancellationTokenSource();
        var server = EmulatorServer.Create(options.ResolveAddress(), options.StandardPort, options.EdgePort, options.EnableLogging);
        try
        {
            var logger = server.LoggerFactory.CreateLogger("Skytells.Emulator");
            var pipeline = new EmulatorPipeline(recorder, faults, accounts, ports, options.TimeProvider, logger, stopping.Token);
            await server.StartAsync(app => routes.Map(app, pipeline), cancellationToken).ConfigureAwait(false);
            ports.EdgePort = server.PortOf(EmulatorGateway.Edge);
            return new SkytellsEmulator(options, server, accounts, faults, recorder, stopping, routes.Webhooks);
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

    /// <summary>
    /// Registers an API key, or changes a registered one, with its own rate limits per gateway (requests per window,
    /// concurrent streams, stream duration). Requests already counted and streams already open carry over.
    /// </summary>
    /// <param name="apiKey">The key, as clients send it in <c>x-api-key</c>.</param>
    /// <param name="plan">The plan of the key's account.</param>
    /// <param name="edgeLimit">The key's limits on Edge; null takes <see cref="EmulatorOptions.DefaultEdgeRateLimit"/>.</param>
    /// <param name="standardLimit">The key's limits on Standard; null takes <see cref="EmulatorOptions.DefaultStandardRateLimit"/>.</param>
    /// <exception cref="ArgumentException">The key is empty or a limit is out of range.</exception>
    public void AddApiKey(string apiKey, AccountPlan plan, EmulatorRateLimit? edgeLimit = null, EmulatorRateLimit? standardLimit = null) =>
        _accounts.Register(apiKey, plan, edgeLimit, standardLimit);

    /// <summary>
    /// The most chat streams that were ever open at the same time for <paramref name="apiKey"/>, both gateways
    /// together; tests use it to check a client's own stream limiting. Counted with or without a rate limit.
    /// </summary>
    /// <param name="apiKey">A registered key.</param>
    /// <returns>The peak number of simultaneously open streams, 0 if the key never streamed.</returns>
    /// <exception cref="ArgumentException">The key is not registered.</exception>
    public int GetMaxConcurrentStreams(string apiKey) => RegisteredAccount(apiKey).RateLimits.MaxConcurrentStreams;

    /// <summary>The chat streams open right now for <paramref name="apiKey"/>, both gateways together.</summary>
    /// <param name="apiKey">A registered key.</param>
    /// <returns>The number of open streams.</returns>
    /// <exception cref="ArgumentException">The key is not registered.</exception>
    public int GetOpenStreams(string apiKey) => RegisteredAccount(apiKey).RateLimits.OpenStreams;

    /// <summary>
    /// Signs the webhooks of <paramref name="apiKey"/> with a dedicated secret (the enterprise mode of the API) instead
    /// of the key itself; null goes back to signing with the key. Applies to deliveries made from now on.
    /// </summary>
    /// <param name="apiKey">A registered key.</param>
    /// <param name="webhookSecret">The secret, for example <c>whsec_enterprise</c>; null to remove it.</param>
    /// <exception cref="ArgumentException">The key is not registered, or the secret is empty.</exception>
    public void SetWebhookSecret(string apiKey, string? webhookSecret) => _accounts.SetWebhookSecret(apiKey, webhookSecret);

    /// <summary>
    /// Completes with the first webhook delivery attempt, already made or still to come, that
    /// <paramref name="predicate"/> accepts; tests await it instead of sleeping.
    /// </summary>
    /// <param name="predicate">Picks the attempt, for example by <see cref="WebhookDeliveryRecord.PredictionId"/> and <see cref="WebhookDeliveryRecord.EventType"/>.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The matching attempt.</returns>
    /// <exception cref="ObjectDisposedException">The emulator stopped before a match arrived.</exception>
    public Task<WebhookDeliveryRecord> WaitForWebhookAsync(Func<WebhookDeliveryRecord, bool> predicate, CancellationToken cancellationToken = default) =>
        _webhooks.Log.WaitAsync(predicate, cancellationToken);

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
        await _webhooks.DisposeAsync().ConfigureAwait(false);
        await _server.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    /// <inheritdoc />
    public override string ToString() => $"SkytellsEmulator(Standard {StandardBaseUrl}, Edge {EdgeBaseUrl})";

    // The key stays out of the message: it is a secret.
    private Account RegisteredAccount(string apiKey) =>
        _accounts.TryGet(apiKey, out var account)
            ? account
            : throw new ArgumentException("The API key is not registered.", nameof(apiKey));

    private static Uri BaseUrl(string host, int port) => new UriBuilder(Uri.UriSchemeHttp, host, port, "/v1").Uri;
}
