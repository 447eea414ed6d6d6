using System.Globalization;

namespace Skytells;

/// <summary>Summary of the latency samples of one gateway.</summary>
public sealed class LatencyStatistics
{
    internal LatencyStatistics(SkytellsGateway gateway, IReadOnlyList<TimeSpan> samples, int failures)
    {
        Gateway = gateway;
        Samples = samples;
        Failures = failures;
        if (samples.Count == 0)
        {
            return;
        }

        var sorted = samples.Order().ToArray();
        Mean = TimeSpan.FromTicks((long)sorted.Average(s => s.Ticks));
        Median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        P95 = sorted[Math.Clamp((int)Math.Ceiling(0.95 * sorted.Length) - 1, 0, sorted.Length - 1)];
        Min = sorted[0];
        Max = sorted[^1];
    }

    /// <summary>The gateway measured.</summary>
    public SkytellsGateway Gateway { get; }

    /// <summary>Successful samples in the order taken.</summary>
    public IReadOnlyList<TimeSpan> Samples { get; }

    /// <summary>Requests that failed (not included in the figures).</summary>
    public int Failures { get; }

    /// <summary>Arithmetic mean.</summary>
    public TimeSpan Mean { get; }

    /// <summary>Median.</summary>
    public TimeSpan Median { get; }

    /// <summary>95th percentile (nearest rank).</summary>
    public TimeSpan P95 { get; }

    /// <summary>Fastest sample.</summary>
    public TimeSpan Min { get; }

    /// <summary>Slowest sample.</summary>
    public TimeSpan Max { get; }

    /// <inheritdoc />
    public override string ToString()
    {
        var failed = Failures > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({Failures} failed)") : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{Gateway.ToString().ToLowerInvariant()}: avg {Mean.TotalMilliseconds:F0} ms, median {Median.TotalMilliseconds:F0} ms, p95 {P95.TotalMilliseconds:F0} ms, min {Min.TotalMilliseconds:F0} ms, max {Max.TotalMilliseconds:F0} ms over {Samples.Count} requests{failed}");
    }
}
