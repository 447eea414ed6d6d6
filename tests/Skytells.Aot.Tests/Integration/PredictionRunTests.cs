using System.Collections.Concurrent;
using Skytells.Emulator;

namespace Skytells.Tests.Integration;

/// <summary><c>RunAsync</c> (create, then wait only as needed) and <c>GetStreamInfoAsync</c> against the emulator.</summary>
public sealed class PredictionRunTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static PredictionRunOptions Fast(IProgress<Prediction>? progress = null) =>
        new() { PollInterval = TimeSpan.FromMilliseconds(5), MaxWait = TimeSpan.FromSeconds(30), Progress = progress };

    [Fact]
    public async Task An_image_run_is_one_request_the_server_answers_finished()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var done = await client.Predictions.RunAsync(SkytellsModels.TrueFusion, new ImageInput { Prompt = "fox" }, Fast(), TestContext.Token);

        Assert.Equal(PredictionStatus.Succeeded, done.Status);
        Assert.NotEmpty(done.Output);
        var request = Assert.Single(fixture.RequestsOf(key));
        Assert.Contains("\"await\":true", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_video_run_polls_after_the_server_answered_early_and_reports_progress()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var seen = new ConcurrentQueue<PredictionStatus>();
        var done = await client.Predictions.RunAsync(
            SkytellsModels.TrueFusionVideoPro, new VideoInput { Prompt = "waves" }, Fast(new SynchronousProgress(p => seen.Enqueue(p.Status))), TestContext.Token);

        Assert.Equal(PredictionStatus.Succeeded, done.Status);
        var requests = fixture.RequestsOf(key);
        Assert.Equal("POST", requests[0].Method);
        Assert.True(requests.Count > 1, "a video answers before it is done, so the run must poll");
        Assert.All(requests.Skip(1), r => Assert.Equal("GET", r.Method));
        Assert.False(seen.First().IsTerminal());
        Assert.Equal(PredictionStatus.Succeeded, seen.Last());
    }

    [Fact]
    public async Task Without_server_wait_the_create_does_not_ask_for_it()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var options = Fast();
        options.ServerWait = false;
        var done = await client.Predictions.RunAsync(SkytellsModels.TrueFusion, new ImageInput { Prompt = "fox" }, options, TestContext.Token);

        Assert.Equal(PredictionStatus.Succeeded, done.Status);
        Assert.DoesNotContain("\"await\"", fixture.RequestsOf(key)[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_run_throws_with_the_failed_prediction()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, Method = "POST", PathContains = "/predictions", FailPrediction = "out of memory" });
        using var client = fixture.Client(key);
        var error = await Assert.ThrowsAsync<SkytellsPredictionFailedException>(() =>
            client.Predictions.RunAsync(SkytellsModels.TrueFusion, new ImageInput { Prompt = "fox" }, Fast(), TestContext.Token));

        Assert.Equal(PredictionStatus.Failed, error.Prediction.Status);
        Assert.Contains("out of memory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_a_run_stops_the_waiting_only()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (!p.IsTerminal)
            {
                cancel.Cancel();
            }
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            client.Predictions.RunAsync(EmulatorFixture.SlowModel, new VideoInput { Prompt = "sky" }, Fast(progress), cancel.Token));

        var created = fixture.RequestsOf(key)[0];
        Assert.Equal("POST", created.Method);
        var list = await client.Predictions.ListPageAsync(cancellationToken: TestContext.Token);
        Assert.False(Assert.Single(list.Items).IsTerminal);
    }

    [Fact]
    public async Task Stream_info_is_read_at_the_predictions_stream_url()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var created = await client.Predictions.CreateAsync(SkytellsModels.TrueFusion, new ImageInput { Prompt = "fox" }, cancellationToken: TestContext.Token);

        var byPrediction = await client.Predictions.GetStreamInfoAsync(created, TestContext.Token);
        var byId = await client.Predictions.GetStreamInfoAsync(created.Id, TestContext.Token);

        Assert.Equal(created.Id, byPrediction.Id);
        Assert.Equal(created.Id, byId.Id);
        var reads = fixture.RequestsOf(key).Skip(1).Select(r => r.RawTarget).ToArray();
        Assert.Equal([$"/v1/predictions/{created.Id}/stream", $"/v1/predictions/{created.Id}/stream"], reads);
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("a\u0000b")]
    public async Task A_hostile_id_is_refused_before_any_request(string id)
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Predictions.GetStreamInfoAsync(id, TestContext.Token));
        Assert.Empty(fixture.RequestsOf(key));
    }

    /// <summary>Reports on the caller's thread, so a test sees every report before the call returns.</summary>
    private sealed class SynchronousProgress(Action<Prediction> report) : IProgress<Prediction>
    {
        public void Report(Prediction value) => report(value);
    }
}
