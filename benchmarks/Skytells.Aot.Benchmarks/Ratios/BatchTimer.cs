using System.Diagnostics;

namespace Skytells.Benchmarks.Ratios;

/// <summary>
/// Runs one operation <c>ops</c> times back to back and measures it. Allocations are read process-wide and precisely:
/// the awaits may resume on other threads, and nothing else runs during a ratio run.
/// </summary>
public static class BatchTimer
{
    public static async Task<BatchResult> RunAsync(Func<Task> operation, int ops)
    {
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < ops; i++)
        {
            await operation();
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return new BatchResult(elapsed.TotalMicroseconds / ops, (double)allocated / ops);
    }
}
