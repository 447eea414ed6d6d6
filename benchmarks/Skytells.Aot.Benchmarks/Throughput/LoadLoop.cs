using System.Diagnostics;

namespace Skytells.Benchmarks.Throughput;

/// <summary>Keeps <c>concurrency</c> calls in flight for a fixed time and counts the ones that completed.</summary>
public static class LoadLoop
{
    public static async Task<long> RunAsync(Func<Task> operation, int concurrency, TimeSpan duration)
    {
        var started = Stopwatch.GetTimestamp();
        var workers = new Task<long>[concurrency];
        for (var i = 0; i < concurrency; i++)
        {
            // Task.Run so the workers start on the pool together instead of one after another on this thread.
            workers[i] = Task.Run(async () =>
            {
                long done = 0;
                while (Stopwatch.GetElapsedTime(started) < duration)
                {
                    await operation();
                    done++;
                }

                return done;
            });
        }

        var counts = await Task.WhenAll(workers);
        return counts.Sum();
    }
}
