using Skytells.Benchmarks.Canned;
using Skytells.Benchmarks.Pairs;

namespace Skytells.Benchmarks.Extras;

/// <summary>GET prediction with retries off against the default policy, when no retry happens.</summary>
public sealed class RetryBookkeepingCost : IFeatureCost
{
    // Lives as long as the process, like LibraryFixture's client.
    private static readonly SkytellsClient NoRetries = new(
        new SkytellsClientOptions { ApiKey = "sk-bench", Retry = new SkytellsRetryOptions { MaxRetries = 0 } },
        new HttpClient(CannedHandler.Shared, disposeHandler: false));

    private readonly SkytellsClient _default = LibraryFixture.Client;

    public string Operation => "get prediction, retries on (none needed)";

    public string Buys => "429/5xx and dropped connections retried with backoff and Retry-After, creates only when provably unsent";

    public Task RunHandWrittenAsync() => NoRetries.Predictions.GetAsync(CannedBodies.PredictionId);

    public Task RunLibraryAsync() => _default.Predictions.GetAsync(CannedBodies.PredictionId);

    public IDisposable? Enable() => null;
}
