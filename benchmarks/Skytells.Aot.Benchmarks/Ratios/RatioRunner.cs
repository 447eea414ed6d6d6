using System.Diagnostics;
using Skytells.Benchmarks.Pairs;
using Skytells.Benchmarks.Reporting;

namespace Skytells.Benchmarks.Ratios;

/// <summary>
/// <c>ratios [--batches N] [--ops M]</c>: for each pair, warms up, then alternates hand-written and library batches
/// of M operations, N times each. BenchmarkDotNet measures each side alone; alternating batches keeps both sides
/// under the same machine load, which is what a ratio on a shared 2-core box needs.
/// </summary>
public static class RatioRunner
{
    private const int DefaultBatches = 15;
    private static readonly TimeSpan TargetBatch = TimeSpan.FromMilliseconds(75);
    private static readonly TimeSpan Warmup = TimeSpan.FromMilliseconds(250);

    public static async Task<int> RunAsync(string[] args)
    {
        var batches = RunnerArguments.PositiveNumber(args, "--batches") ?? DefaultBatches;
        var fixedOps = RunnerArguments.PositiveNumber(args, "--ops");
        var results = new List<PairResult>();

        // One pass over everything first: much of the code is shared between pairs (HttpClient, JSON), and a pair
        // measured while the JIT is still recompiling that shared code on the other core would read slow.
        foreach (var pair in PairCatalog.All)
        {
            await WarmAsync(pair.RunHandWrittenAsync);
            await WarmAsync(pair.RunLibraryAsync);
        }

        foreach (var pair in PairCatalog.All)
        {
            var ops = fixedOps ?? await CalibrateAsync(pair);
            var result = new PairResult(pair.Operation, ops);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            for (var batch = 0; batch < batches; batch++)
            {
                result.HandWritten.Add(await BatchTimer.RunAsync(pair.RunHandWrittenAsync, ops));
                result.Library.Add(await BatchTimer.RunAsync(pair.RunLibraryAsync, ops));
            }

            Console.Error.WriteLine($"  {pair.Operation}: {ops} ops/batch, ratio {result.Ratio:F2}");
            results.Add(result);
        }

        Console.WriteLine(RatioTable.Render(results, batches));
        Console.WriteLine();
        Console.WriteLine(MachineLine.Describe());
        return 0;
    }

    /// <summary>Warms both sides (JIT tiers, pools), then picks the batch size that makes the slower side's batch last ~75 ms.</summary>
    private static async Task<int> CalibrateAsync(IOperationPair pair)
    {
        var handWritten = await WarmAsync(pair.RunHandWrittenAsync);
        var library = await WarmAsync(pair.RunLibraryAsync);
        handWritten = Math.Max(handWritten, await WarmAsync(pair.RunHandWrittenAsync));
        library = Math.Max(library, await WarmAsync(pair.RunLibraryAsync));
        var slowest = Math.Max(handWritten, library);
        return (int)Math.Clamp(TargetBatch.TotalMicroseconds / slowest, 1, 1_000_000);
    }

    // Returns microseconds per operation over the warm-up (the last half, once tiered JIT has had its go).
    private static async Task<double> WarmAsync(Func<Task> operation)
    {
        var started = Stopwatch.GetTimestamp();
        var count = 0;
        var halfway = 0L;
        var halfwayCount = 0;
        while (Stopwatch.GetElapsedTime(started) < Warmup)
        {
            await operation();
            count++;
            if (halfway == 0 && Stopwatch.GetElapsedTime(started) >= Warmup / 2)
            {
                halfway = Stopwatch.GetTimestamp();
                halfwayCount = count;
            }
        }

        return halfway == 0
            ? Stopwatch.GetElapsedTime(started).TotalMicroseconds / count
            : Stopwatch.GetElapsedTime(halfway).TotalMicroseconds / Math.Max(1, count - halfwayCount);
    }
}
