namespace Skytells.Tests.Diagnostics;

public sealed class LatencyStatisticsTests
{
    private static TimeSpan Ms(double value) => TimeSpan.FromMilliseconds(value);

    [Fact]
    public void Computes_mean_median_p95_min_and_max()
    {
        var stats = new LatencyStatistics(SkytellsGateway.Edge, [Ms(100), Ms(300), Ms(200), Ms(500), Ms(400)], failures: 1);
        Assert.Equal(Ms(300), stats.Mean);
        Assert.Equal(Ms(300), stats.Median);
        Assert.Equal(Ms(500), stats.P95);
        Assert.Equal(Ms(100), stats.Min);
        Assert.Equal(Ms(500), stats.Max);
        Assert.Equal(1, stats.Failures);
        Assert.Contains("1 failed", stats.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_median_of_an_even_count_is_the_middle_average_and_p95_uses_nearest_rank()
    {
        var samples = Enumerable.Range(1, 20).Select(i => Ms(i * 10)).ToArray();
        var stats = new LatencyStatistics(SkytellsGateway.Standard, samples, 0);
        Assert.Equal(Ms(105), stats.Median);
        Assert.Equal(Ms(190), stats.P95);
    }

    [Fact]
    public void The_report_ratio_is_edge_mean_over_standard_mean()
    {
        var report = new LatencyReport(
        [
            new LatencyStatistics(SkytellsGateway.Standard, [Ms(400), Ms(600)], 0),
            new LatencyStatistics(SkytellsGateway.Edge, [Ms(100), Ms(150)], 0),
        ]);
        Assert.Equal(0.25, report.EdgeToStandardRatio!.Value, 3);
        Assert.Contains("ratio", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_ratio_without_samples_on_both_gateways()
    {
        var report = new LatencyReport([new LatencyStatistics(SkytellsGateway.Edge, [], 5)]);
        Assert.Null(report.EdgeToStandardRatio);
        Assert.Null(report.Standard);
        Assert.Equal(TimeSpan.Zero, report.Edge!.Mean);
    }
}
