using Skytells.Benchmarks.Canned;
using Skytells.Benchmarks.Pairs;

namespace Skytells.Benchmarks.Extras;

/// <summary>GET prediction through a client-side sliding-window limiter whose window never fills.</summary>
public sealed class ClientLimiterCost : IFeatureCost
{
    private readonly SkytellsClient _plain = LibraryFixture.Client;

    // Lives as long as the process, like LibraryFixture's client.
    private static readonly SkytellsClient Limited = new(
        new SkytellsClientOptions
        {
            ApiKey = "sk-bench",
            StandardRateLimits = SkytellsRateLimitOptions.ForLimits(requestsPerWindow: 1_000_000_000, concurrentStreams: 10, window: TimeSpan.FromMinutes(1)),
        },
        new HttpClient(CannedHandler.Shared, disposeHandler: false));

    public string Operation => "get prediction, client rate limiter on";

    public string Buys => "requests held back in the client instead of refused with 429 by the gateway";

    public Task RunHandWrittenAsync() => _plain.Predictions.GetAsync(CannedBodies.PredictionId);

    public Task RunLibraryAsync() => Limited.Predictions.GetAsync(CannedBodies.PredictionId);

    public IDisposable? Enable() => null;
}
