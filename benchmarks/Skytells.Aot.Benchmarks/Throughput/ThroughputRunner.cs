using System.Globalization;
using System.Text;
using Skytells.Benchmarks.Canned;
using Skytells.Benchmarks.HandWritten;
using Skytells.Benchmarks.Reporting;

namespace Skytells.Benchmarks.Throughput;

/// <summary>
/// <c>throughput [--seconds S]</c>: GET prediction over real loopback sockets at concurrency 1, 16 and 64. Each side
/// runs S seconds per level, in two halves ordered hand-written, library, library, hand-written, so a drift of the
/// shared machine during a level weighs on both sides alike.
/// </summary>
public static class ThroughputRunner
{
    private static readonly int[] Concurrencies = [1, 16, 64];
    private static readonly TimeSpan Warmup = TimeSpan.FromMilliseconds(500);

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = RunnerArguments.PositiveNumber(args, "--seconds") ?? 3;
        var half = TimeSpan.FromSeconds(seconds / 2.0);
        await using var server = await LoopbackServer.StartAsync();

        // Both sides get their own pooled sockets handler; the library builds its own, as it does for any caller without one.
        using var handWrittenHttp = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false });
        var handWritten = new HandWrittenApi(handWrittenHttp, server.BaseUri, server.BaseUri);
        using var library = new SkytellsClient(new SkytellsClientOptions { ApiKey = "sk-bench", StandardEndpoint = server.BaseUri, EdgeEndpoint = server.BaseUri });
        Task HandWrittenGet() => handWritten.GetPredictionAsync(CannedBodies.PredictionId);
        Task LibraryGet() => library.Predictions.GetAsync(CannedBodies.PredictionId);

        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"GET prediction over loopback ({server.BaseUri.GetLeftPart(UriPartial.Authority)}), {seconds} s per side per level; throughput ratio = library req/s / hand-written req/s (the goal: at least 0.95).");
        table.AppendLine();
        table.AppendLine("| concurrency | hand-written req/s | library req/s | library / hand-written |");
        table.AppendLine("|--:|--:|--:|--:|");
        foreach (var concurrency in Concurrencies)
        {
            await LoadLoop.RunAsync(HandWrittenGet, concurrency, Warmup);
            await LoadLoop.RunAsync(LibraryGet, concurrency, Warmup);
            var handCount = await LoadLoop.RunAsync(HandWrittenGet, concurrency, half);
            var libraryCount = await LoadLoop.RunAsync(LibraryGet, concurrency, half);
            libraryCount += await LoadLoop.RunAsync(LibraryGet, concurrency, half);
            handCount += await LoadLoop.RunAsync(HandWrittenGet, concurrency, half);
            var handRate = handCount / (2 * half.TotalSeconds);
            var libraryRate = libraryCount / (2 * half.TotalSeconds);
            Console.Error.WriteLine($"  concurrency {concurrency}: {handRate:F0} vs {libraryRate:F0} req/s");
            table.AppendLine(CultureInfo.InvariantCulture, $"| {concurrency} | {handRate:F0} | {libraryRate:F0} | {libraryRate / handRate:F2} |");
        }

        Console.WriteLine(table.ToString());
        Console.WriteLine(MachineLine.Describe());
        return 0;
    }
}
