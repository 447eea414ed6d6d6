using Skytells.Benchmarks.Canned;

namespace Skytells.Benchmarks.Pairs;

/// <summary>The library side's client: default options, over the same shared in-memory handler as the baseline.</summary>
public static class LibraryFixture
{
    public static SkytellsClient Client { get; } = new(
        new SkytellsClientOptions { ApiKey = "sk-bench" },
        new HttpClient(CannedHandler.Shared, disposeHandler: false));
}
