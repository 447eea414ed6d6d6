using Skytells.Benchmarks.Canned;
using Skytells.Benchmarks.Pairs;

namespace Skytells.Benchmarks.Extras;

/// <summary>GET prediction with the default per-try timeout against none at all.</summary>
public sealed class TryTimeoutCost : IFeatureCost
{
    // Lives as long as the process, like LibraryFixture's client.
    private static readonly SkytellsClient NoTimeout = new(
        new SkytellsClientOptions { ApiKey = "sk-bench", RequestTimeout = Timeout.InfiniteTimeSpan },
        new HttpClient(CannedHandler.Shared, disposeHandler: false));

    private readonly SkytellsClient _default = LibraryFixture.Client;

    public string Operation => "get prediction, per-try timeout on";

    public string Buys => "a server that accepts and never answers (or stalls mid-body) fails the try instead of holding the call";

    public Task RunHandWrittenAsync() => NoTimeout.Predictions.GetAsync(CannedBodies.PredictionId);

    public Task RunLibraryAsync() => _default.Predictions.GetAsync(CannedBodies.PredictionId);

    public IDisposable? Enable() => null;
}
