using System.Globalization;
using Skytells;

namespace Skytells.Samples.QuickStart;

/// <summary>Console output of the sample.</summary>
internal static class Report
{
    public static void Prediction(string label, Prediction prediction, TimeSpan created, TimeSpan finished)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-15} {prediction.Model?.Name,-16} {prediction.Status,-10} create {created.TotalMilliseconds,7:F0} ms   done {finished.TotalMilliseconds,7:F0} ms   id {prediction.Id}"));
        foreach (var url in prediction.Output)
        {
            Console.WriteLine($"{"",15} output {url}");
        }
    }

    public static void Stream(ChatStreamMetrics metrics) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"",15} first token {metrics.TimeToFirstToken?.TotalMilliseconds ?? 0,5:F0} ms   done {metrics.Duration?.TotalMilliseconds ?? 0,5:F0} ms   {metrics.ChunkCount} chunks"));
}
