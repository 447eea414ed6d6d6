using System.Text.Json;
using Skytells.Emulator;
using Skytells.Tests.Integration;

namespace Skytells.Tests.Diagnostics;

public sealed class LatencyProbeTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Runs_five_identical_requests_per_gateway_by_default()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var report = await LatencyProbe.MeasureAsync(client, cancellationToken: TestContext.Token);

        Assert.Equal(5, report.Standard!.Samples.Count);
        Assert.Equal(5, report.Edge!.Samples.Count);
        Assert.NotNull(report.EdgeToStandardRatio);
        Assert.True(report.Edge.Min <= report.Edge.Median && report.Edge.Median <= report.Edge.Max);
        var requests = fixture.RequestsOf(key);
        Assert.Equal(5, requests.Count(r => r.Gateway == EmulatorGateway.Edge));
        Assert.Equal(5, requests.Count(r => r.Gateway == EmulatorGateway.Standard));
        Assert.All(requests, r =>
        {
            var input = JsonDocument.Parse(r.Body).RootElement.GetProperty("input");
            Assert.Equal("test", input.GetProperty("prompt").GetString());
            Assert.Equal(4, input.GetProperty("num_inference_steps").GetInt32());
        });
    }

    [Fact]
    public async Task Failed_requests_are_counted_not_timed()
    {
        var key = fixture.NewKey(AccountPlan.Pro);
        using var client = fixture.Client(key);
        var report = await LatencyProbe.MeasureAsync(client, new LatencyProbeOptions { Iterations = 2 }, TestContext.Token);

        Assert.Equal(2, report.Edge!.Failures);
        Assert.Empty(report.Edge.Samples);
        Assert.Equal(2, report.Standard!.Samples.Count);
        Assert.Null(report.EdgeToStandardRatio);
    }

    [Fact]
    public async Task Waiting_for_completion_times_until_the_result_is_ready()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var report = await LatencyProbe.MeasureAsync(client, new LatencyProbeOptions { Iterations = 2, WaitForCompletion = true, PollInterval = TimeSpan.FromMilliseconds(5) }, TestContext.Token);

        Assert.Equal(2, report.Standard!.Samples.Count);
        Assert.Equal(2, report.Edge!.Samples.Count);

        // Standard answers pending, so its samples include polls; Edge answers already succeeded, so none are needed.
        var requests = fixture.RequestsOf(key);
        Assert.Contains(requests, r => r.Gateway == EmulatorGateway.Standard && r.Method == "GET");
        Assert.DoesNotContain(requests, r => r.Gateway == EmulatorGateway.Edge && r.Method == "GET");
    }
}
