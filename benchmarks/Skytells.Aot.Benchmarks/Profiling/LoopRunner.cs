using System.Diagnostics;
using Skytells.Benchmarks.Pairs;
using Skytells.Benchmarks.Reporting;

namespace Skytells.Benchmarks.Profiling;

/// <summary>
/// <c>loop "get prediction" [--side library|hand-written] [--seconds S]</c>: runs one side of one pair in a tight loop,
/// for a profiler to attach to (for example <c>dotnet-trace collect -- dotnet ... loop "get prediction"</c>, then
/// <c>dotnet-trace report trace.nettrace topN</c>).
/// </summary>
public static class LoopRunner
{
    public static async Task<int> RunAsync(string[] args)
    {
        var name = args.FirstOrDefault() ?? throw new ArgumentException("Name the operation, e.g. loop \"get prediction\".");
        var pair = PairCatalog.All.SingleOrDefault(p => p.Operation == name)
            ?? throw new ArgumentException($"No pair named '{name}'; pairs: {string.Join(", ", PairCatalog.All.Select(p => p.Operation))}.");
        Func<Task> run = Array.IndexOf(args, "hand-written") >= 0 ? pair.RunHandWrittenAsync : pair.RunLibraryAsync;
        var seconds = RunnerArguments.PositiveNumber(args, "--seconds") ?? 10;
        var clock = Stopwatch.StartNew();
        long ops = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            await run();
            ops++;
        }

        Console.WriteLine($"{name}: {ops} ops in {clock.Elapsed.TotalSeconds:F1} s ({clock.Elapsed.TotalMicroseconds / ops:F2} µs/op)");
        return 0;
    }
}
