using System.Globalization;

namespace Skytells;

/// <summary>Latency of each measured gateway and how Edge compares with Standard.</summary>
public sealed class LatencyReport
{
    internal LatencyReport(IReadOnlyList<LatencyStatistics> gateways) => Gateways = gateways;

    /// <summary>One entry per measured gateway.</summary>
    public IReadOnlyList<LatencyStatistics> Gateways { get; }

    /// <summary>The Standard figures, when measured.</summary>
    public LatencyStatistics? Standard => Gateways.FirstOrDefault(g => g.Gateway == SkytellsGateway.Standard);

    /// <summary>The Edge figures, when measured.</summary>
    public LatencyStatistics? Edge => Gateways.FirstOrDefault(g => g.Gateway == SkytellsGateway.Edge);

    /// <summary>Edge mean divided by Standard mean (below 1 means Edge is faster); null unless both have samples.</summary>
    public double? EdgeToStandardRatio =>
        Standard is { Samples.Count: > 0 } standard && Edge is { Samples.Count: > 0 } edge && standard.Mean > TimeSpan.Zero
            ? edge.Mean / standard.Mean
            : null;

    /// <inheritdoc />
    public override string ToString()
    {
        var lines = Gateways.Select(g => g.ToString()).ToList();
        if (EdgeToStandardRatio is { } ratio)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"edge/standard mean ratio: {ratio:F2}"));
        }

        return string.Join(Environment.NewLine, lines);
    }
}
