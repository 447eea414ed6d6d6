using BenchmarkDotNet.Running;
using Skytells.Benchmarks.Emulator;
using Skytells.Benchmarks.Extras;
using Skytells.Benchmarks.Profiling;
using Skytells.Benchmarks.Ratios;
using Skytells.Benchmarks.Throughput;

// The custom runners measure what BenchmarkDotNet cannot do well here: alternating sides under the same load, and
// requests per second over a real socket. Anything else is BenchmarkDotNet's command line.
return args.FirstOrDefault() switch
{
    "ratios" => await RatioRunner.RunAsync(args[1..]),
    "extras" => await FeatureCostRunner.RunAsync(args[1..]),
    "throughput" => await ThroughputRunner.RunAsync(args[1..]),
    "loop" => await LoopRunner.RunAsync(args[1..]),
    "emulator-throughput" => await EmulatorThroughputRunner.RunAsync(args[1..]),
    _ => RunBenchmarkDotNet(args),
};

static int RunBenchmarkDotNet(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    return 0;
}
