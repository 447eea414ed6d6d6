using Skytells.Emulator;

namespace Skytells.Tests.Integration;

/// <summary>One emulator per test class, on loopback port 0; each test isolates itself with its own API key.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    /// <summary>Video model configured to stay running for the whole test run.</summary>
    public const string SlowModel = SkytellsModels.Sora2;

    private int _keys;

    public SkytellsEmulator Emulator { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Emulator = await SkytellsEmulator.StartAsync(new EmulatorOptions
        {
            TimeScale = 0.02,
            AwaitCap = TimeSpan.FromSeconds(5),

            // A model that never finishes during a test, for cancel and wait-timeout cases that must not race completion.
            ModelLatency = { [SlowModel] = TimeSpan.FromHours(1) },
        });

    public async Task DisposeAsync() => await Emulator.DisposeAsync();

    /// <summary>Registers a fresh key so request counts are not disturbed by other tests.</summary>
    public string NewKey(AccountPlan plan = AccountPlan.Business)
    {
        var key = $"sk-test-{plan.ToString().ToLowerInvariant()}-{Interlocked.Increment(ref _keys)}-{Guid.NewGuid():N}";
        Emulator.AddApiKey(key, plan);
        return key;
    }

    public SkytellsClientOptions Options(string key, SkytellsGateway gateway = SkytellsGateway.Standard) => new()
    {
        ApiKey = key,
        Gateway = gateway,
        StandardEndpoint = Emulator.StandardBaseUrl,
        EdgeEndpoint = Emulator.EdgeBaseUrl,
        Retry = { InitialDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(20) },
        RequestTimeout = TimeSpan.FromSeconds(20),
    };

    public SkytellsClient Client(string key, SkytellsGateway gateway = SkytellsGateway.Standard) => new(Options(key, gateway));

    /// <summary>The requests this key made, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> RequestsOf(string key) =>
        Emulator.Requests.Where(r => r.Headers.TryGetValue("x-api-key", out var value) && value == key).ToList();

    /// <summary>
    /// The emulator records a request once it has answered it; a request the client abandoned (timeout) may still be
    /// in the server's hands for a moment, so wait for the record instead of racing it.
    /// </summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForRequestsOfAsync(string key, int count)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (RequestsOf(key).Count < count && !patience.IsCancellationRequested)
        {
            await Task.Delay(10, CancellationToken.None);
        }

        return RequestsOf(key);
    }

    public static PredictionWaitOptions FastWait => new() { PollInterval = TimeSpan.FromMilliseconds(10), MaxWait = TimeSpan.FromSeconds(20) };
}
