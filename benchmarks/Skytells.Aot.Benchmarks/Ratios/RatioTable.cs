using System.Globalization;
using System.Text;

namespace Skytells.Benchmarks.Ratios;

/// <summary>The Markdown table of a ratio run. Ratio = library time / hand-written time, so 1.10 is the limit.</summary>
public static class RatioTable
{
    public static string Render(IReadOnlyList<PairResult> results, int batches)
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"Median of {batches} alternating batch pairs; ratio = library / hand-written (median of per-batch ratios).");
        table.AppendLine();
        table.AppendLine("| operation | ops/batch | hand-written µs | library µs | ratio | ratio min–max | hand-written B/op | library B/op | Δ B/op |");
        table.AppendLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var result in results)
        {
            var ratios = result.BatchRatios.ToArray();
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {result.Operation} | {result.OpsPerBatch} | {result.HandWrittenMicroseconds:F2} | {result.LibraryMicroseconds:F2} | {result.Ratio:F2} | " +
                $"{ratios.Min():F2}–{ratios.Max():F2} | {result.HandWrittenBytes:F0} | {result.LibraryBytes:F0} | {result.LibraryBytes - result.HandWrittenBytes:+0;-0;0} |");
        }

        return table.ToString();
    }
}
