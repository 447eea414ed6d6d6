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

        await WarmAllAsync(PairCatalog.All);

        foreach (var pair in PairCatalog.All)
        {
            results.Add(await MeasureAsync(pair, fixedOps, batches));
        }

        Console.WriteLine(RatioTable.Render(results, batches));
        Console.WriteLine();
        Console.WriteLine(MachineLine.Describe());
        return 0;
    }

    /// <summary>
    /// Two passes over everything first: much of the code is shared between pairs (HttpClient, JSON), and a pair
    /// measured while the JIT is still recompiling that shared code would read slow (one pass left the first row
    /// measured up to twice its later value).
    /// </summary>
    public static async Task WarmAllAsync(IEnumerable<IOperationPair> pairs, Func<IOperationPair, IDisposable?>? enableSecondSide = null)
    {
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var pair in pairs)
            {
                await WarmAsync(pair.RunHandWrittenAsync);
                using (enableSecondSide?.Invoke(pair))
                {
                    await WarmAsync(pair.RunLibraryAsync);
                }
            }
        }
    }

    /// <summary>
    /// Alternates the pair's two sides, <paramref name="batches"/> batches each. <paramref name="enableSecondSide"/>,
    /// when given, is switched on around each second-side batch only (process-wide listeners), outside the timing.
    /// </summary>
    public static async Task<PairResult> MeasureAsync(IOperationPair pair, int? fixedOps, int batches, Func<IDisposable?>? enableSecondSide = null)
    {
        int ops;
        using (enableSecondSide?.Invoke())
        {
            ops = fixedOps ?? await CalibrateAsync(pair);
        }

        var result = new PairResult(pair.Operation, ops);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        for (var batch = 0; batch < batches; batch++)
        {
            result.HandWritten.Add(await BatchTimer.RunAsync(pair.RunHandWrittenAsync, ops));
            using (enableSecondSide?.Invoke())
            {
                result.Library.Add(await BatchTimer.RunAsync(pair.RunLibraryAsync, ops));
            }
        }

        Console.Error.WriteLine($"  {pair.Operation}: {ops} ops/batch, ratio {result.Ratio:F2}");
        return result;
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
