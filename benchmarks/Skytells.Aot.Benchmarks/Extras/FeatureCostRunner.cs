using System.Globalization;
using System.Text;
using Skytells.Benchmarks.Ratios;
using Skytells.Benchmarks.Reporting;

namespace Skytells.Benchmarks.Extras;

/// <summary>
/// <c>extras [--batches N] [--ops M]</c>: what each deliberate extra costs over the library's default call, measured
/// like the ratio run (alternating batches in one process).
/// </summary>
public static class FeatureCostRunner
{
    private const int DefaultBatches = 15;

    public static IReadOnlyList<IFeatureCost> All { get; } =
    [
        new RetryBookkeepingCost(),
        new TryTimeoutCost(),
        new TelemetryCost(),
        new ClientLimiterCost(),
        new RateLimitHeadersCost(),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var batches = RunnerArguments.PositiveNumber(args, "--batches") ?? DefaultBatches;
        var fixedOps = RunnerArguments.PositiveNumber(args, "--ops");
        await RatioRunner.WarmAllAsync(All, pair => ((IFeatureCost)pair).Enable());

        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"Median of {batches} alternating batch pairs; ratio = with the feature / without it.");
        table.AppendLine();
        table.AppendLine("| call | without µs | with µs | ratio | without B/op | with B/op | Δ B/op | what it buys |");
        table.AppendLine("|---|--:|--:|--:|--:|--:|--:|---|");
        foreach (var feature in All)
        {
            var result = await RatioRunner.MeasureAsync(feature, fixedOps, batches, feature.Enable);
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {result.Operation} | {result.HandWrittenMicroseconds:F2} | {result.LibraryMicroseconds:F2} | {result.Ratio:F2} | " +
                $"{result.HandWrittenBytes:F0} | {result.LibraryBytes:F0} | {result.LibraryBytes - result.HandWrittenBytes:+0;-0;0} | {feature.Buys} |");
        }

        Console.WriteLine(table);
        Console.WriteLine(MachineLine.Describe());
        return 0;
    }
}
