using System.Text.Json;
using System.Text.Json.Nodes;
using Skytells.Emulator;
using Skytells.Tests.Serialization;

namespace Skytells.Tests.Integration;

public sealed class PredictionLifecycleTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static ImageInput Preview => new() { Prompt = "fox", Width = 512, Height = 512, NumInferenceSteps = 4 };

    [Fact]
    public async Task An_edge_model_on_edge_answers_already_succeeded_with_output()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var prediction = await client.Edge.Predictions.CreateAsync(SkytellsModels.TrueFusionEdge, Preview, cancellationToken: TestContext.Token);

        Assert.Equal(PredictionStatus.Succeeded, prediction.Status);
        Assert.Single(prediction.Output);
        Assert.Equal(SkytellsModels.TrueFusionEdge, prediction.Model?.Name);
        var request = Assert.Single(fixture.RequestsOf(key));
        Assert.Equal(EmulatorGateway.Edge, request.Gateway);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/predictions", request.Path);
    }

    [Fact]
    public async Task Every_request_carries_the_key_json_content_type_and_a_library_user_agent()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        await client.Predictions.CreateAsync(SkytellsModels.TrueFusion, Preview, cancellationToken: TestContext.Token);

        var request = Assert.Single(fixture.RequestsOf(key));
        Assert.Equal(key, request.Headers["x-api-key"]);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.StartsWith("Skytells.Aot/", request.Headers["User-Agent"], StringComparison.Ordinal);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(SkytellsModels.TrueFusion, body.RootElement.GetProperty("model").GetString());
        Assert.Equal(4, body.RootElement.GetProperty("input").GetProperty("num_inference_steps").GetInt32());
    }

    [Fact]
    public async Task A_standard_prediction_moves_through_its_lifecycle_until_wait_returns_it_succeeded()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var seen = new List<PredictionStatus>();
        var created = await client.Predictions.CreateAsync(SkytellsModels.TrueFusionPro, new ImageInput { Prompt = "castle", Width = 1024, Height = 1024, NumInferenceSteps = 30 }, cancellationToken: TestContext.Token);
        Assert.False(created.IsTerminal);

        var wait = EmulatorFixture.FastWait;
        wait.Progress = new SynchronousProgress<Prediction>(p => seen.Add(p.Status));
        var done = await client.Predictions.WaitAsync(created, wait, TestContext.Token);

        Assert.Equal(PredictionStatus.Succeeded, done.Status);
        Assert.NotEmpty(done.Output);
        Assert.NotNull(done.CompletedAt);
        Assert.Equal(PredictionStatus.Succeeded, seen[^1]);
        Assert.All(fixture.RequestsOf(key).Skip(1), r => Assert.Equal($"/v1/predictions/{created.Id}", r.Path));
    }

    [Fact]
    public async Task Wait_on_a_terminal_prediction_returns_it_without_a_request()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var done = await client.Edge.Predictions.CreateAsync(SkytellsModels.Flux1Edge, Preview, cancellationToken: TestContext.Token);
        Assert.Same(done, await client.Edge.Predictions.WaitAsync(done, EmulatorFixture.FastWait, TestContext.Token));
        Assert.Single(fixture.RequestsOf(key));
    }

    [Fact]
    public async Task Server_side_await_returns_the_terminal_prediction()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var prediction = await client.Predictions.CreateAsync(SkytellsModels.TrueFusionUltra, Preview, new PredictionCreateOptions { Await = true }, TestContext.Token);
        Assert.Equal(PredictionStatus.Succeeded, prediction.Status);
        using var body = JsonDocument.Parse(Assert.Single(fixture.RequestsOf(key)).Body);
        Assert.True(body.RootElement.GetProperty("await").GetBoolean());
    }

    [Fact]
    public async Task Json_object_request_object_and_caller_typed_inputs_all_create_predictions()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var fromJson = await client.Predictions.CreateAsync(SkytellsModels.TrueFusion, new JsonObject { ["prompt"] = "a" }, cancellationToken: TestContext.Token);
        var fromRequest = await client.Predictions.CreateAsync(new PredictionRequest { Model = SkytellsModels.FluxPro, Input = new JsonObject { ["prompt"] = "b" }, Webhook = "https://app.example/hook" }, TestContext.Token);
        var fromType = await client.Predictions.CreateAsync(SkytellsModels.TrueFusion2, new CustomInput("c", 1), CustomInputContext.Default.CustomInput, cancellationToken: TestContext.Token);

        Assert.All(new[] { fromJson, fromRequest, fromType }, p => Assert.False(string.IsNullOrEmpty(p.Id)));
        Assert.Equal("https://app.example/hook", fromRequest.Webhook?.Url);
        var bodies = fixture.RequestsOf(key).Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        Assert.Equal("c", bodies[2].GetProperty("input").GetProperty("Scene").GetString());
        Assert.Equal("https://app.example/hook", bodies[1].GetProperty("webhook").GetString());
    }

    [Fact]
    public async Task The_create_path_is_configurable_to_predict()
    {
        var key = fixture.NewKey();
        var options = fixture.Options(key);
        options.PredictionCreatePath = "/predict";
        using var client = new SkytellsClient(options);
        var prediction = await client.Predictions.CreateAsync(SkytellsModels.TrueFusion, Preview, cancellationToken: TestContext.Token);
        Assert.False(string.IsNullOrEmpty(prediction.Id));
        Assert.Equal("/v1/predict", Assert.Single(fixture.RequestsOf(key)).Path);
    }

    [Fact]
    public async Task Cancel_stops_a_running_prediction_for_good()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var video = await client.Predictions.CreateAsync(EmulatorFixture.SlowModel, new VideoInput { Prompt = "waves", DurationSeconds = 8 }, cancellationToken: TestContext.Token);
        var cancelled = await client.Predictions.CancelAsync(video.Id, TestContext.Token);

        Assert.Equal(PredictionStatus.Cancelled, cancelled.Status);
        Assert.Equal(PredictionStatus.Cancelled, (await client.Predictions.GetAsync(video.Id, TestContext.Token)).Status);
        Assert.Contains(fixture.RequestsOf(key), r => r.Method == "POST" && r.Path == $"/v1/predictions/{video.Id}/cancel");
    }

    [Fact]
    public async Task Delete_removes_the_prediction()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var prediction = await client.Predictions.CreateAsync(SkytellsModels.TrueFusion, Preview, cancellationToken: TestContext.Token);
        await client.Predictions.DeleteAsync(prediction.Id, TestContext.Token);

        var error = await Assert.ThrowsAsync<SkytellsNotFoundException>(() => client.Predictions.GetAsync(prediction.Id, TestContext.Token));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, error.StatusCode);
        Assert.Contains(fixture.RequestsOf(key), r => r.Method == "DELETE" && r.Path == $"/v1/predictions/{prediction.Id}");
    }

    [Fact]
    public async Task Predictions_are_readable_through_either_gateway()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var prediction = await client.Predictions.CreateAsync(SkytellsModels.TrueFusion, Preview, cancellationToken: TestContext.Token);
        Assert.Equal(prediction.Id, (await client.Edge.Predictions.GetAsync(prediction.Id, TestContext.Token)).Id);
        Assert.Equal(EmulatorGateway.Edge, fixture.RequestsOf(key)[^1].Gateway);
    }

    [Fact]
    public async Task List_pages_through_everything_with_filters_sent_as_query()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var ids = new HashSet<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await client.Predictions.CreateAsync(SkytellsModels.TrueFusion, Preview, cancellationToken: TestContext.Token)).Id);
        }

        await client.Predictions.CreateAsync(SkytellsModels.FluxPro, Preview, cancellationToken: TestContext.Token);

        var listed = new List<Prediction>();
        await foreach (var prediction in client.Predictions.ListAsync(new PredictionListOptions { PerPage = 2, Model = SkytellsModels.TrueFusion }, TestContext.Token))
        {
            listed.Add(prediction);
        }

        Assert.Equal(ids, listed.Select(p => p.Id).ToHashSet());
        var listRequests = fixture.RequestsOf(key).Where(r => r.Method == "GET" && r.Path == "/v1/predictions").ToList();
        Assert.Equal(3, listRequests.Count);
        Assert.Contains("per_page=2", listRequests[0].Query, StringComparison.Ordinal);
        Assert.Contains("model=truefusion", listRequests[0].Query, StringComparison.Ordinal);
        Assert.Contains("page=3", listRequests[2].Query, StringComparison.Ordinal);

        var page = await client.Predictions.ListPageAsync(new PredictionListOptions { PerPage = 4, Page = 2 }, TestContext.Token);
        Assert.Equal(2, page.CurrentPage);
        Assert.Equal(6, page.Total);
        Assert.Equal(2, page.Items.Count);
        Assert.False(page.HasMore);
    }

    [Fact]
    public async Task List_sends_status_and_date_filters_and_a_bad_range_is_a_validation_error()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var page = await client.Predictions.ListPageAsync(new PredictionListOptions { Status = PredictionStatus.Succeeded, From = today.AddDays(-1), To = today.AddDays(1) }, TestContext.Token);
        Assert.Empty(page.Items);
        var query = fixture.RequestsOf(key)[^1].Query;
        Assert.Contains("status=succeeded", query, StringComparison.Ordinal);
        Assert.Contains($"from={today.AddDays(-1):yyyy-MM-dd}", query, StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<SkytellsValidationException>(() =>
            client.Predictions.ListPageAsync(new PredictionListOptions { From = today, To = today.AddDays(-3) }, TestContext.Token));
        Assert.Equal("INVALID_DATE_RANGE", error.ErrorId);
    }

    [Fact]
    public async Task A_failed_prediction_raises_a_typed_exception_from_wait_unless_asked_not_to()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, Method = "POST", PathContains = "/predictions", FailPrediction = "GPU fell over" });
        using var client = fixture.Client(key);
        var created = await client.Predictions.CreateAsync(SkytellsModels.TrueFusionPro, Preview, cancellationToken: TestContext.Token);

        var error = await Assert.ThrowsAsync<SkytellsPredictionFailedException>(() => client.Predictions.WaitAsync(created, EmulatorFixture.FastWait, TestContext.Token));
        Assert.Equal(PredictionStatus.Failed, error.Prediction.Status);
        Assert.Contains("GPU fell over", error.Message, StringComparison.Ordinal);

        var wait = EmulatorFixture.FastWait;
        wait.ThrowOnFailure = false;
        Assert.Equal(PredictionStatus.Failed, (await client.Predictions.WaitAsync(created.Id, wait, TestContext.Token)).Status);
    }

    [Fact]
    public async Task Wait_gives_up_after_max_wait_with_the_last_state()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var video = await client.Predictions.CreateAsync(EmulatorFixture.SlowModel, new VideoInput { Prompt = "sky" }, cancellationToken: TestContext.Token);
        var error = await Assert.ThrowsAsync<SkytellsTimeoutException>(() =>
            client.Predictions.WaitAsync(video, new PredictionWaitOptions { PollInterval = TimeSpan.FromMilliseconds(5), MaxWait = TimeSpan.FromMilliseconds(30) }, TestContext.Token));
        Assert.Equal("WAIT_TIMEOUT", error.ErrorId);
        Assert.Equal(video.Id, error.LastPrediction?.Id);
        Assert.False(error.LastPrediction!.IsTerminal);
    }

    [Fact]
    public async Task Wait_follows_the_prediction_urls_get_to_the_gateway_that_created_it()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var created = await client.Standard.Predictions.CreateAsync(SkytellsModels.TrueFusionPro, Preview, cancellationToken: TestContext.Token);
        Assert.Equal(fixture.Emulator.StandardBaseUrl.Port, created.Urls!.Get!.Port);

        // Waiting through the Edge view still polls the Standard gateway named in urls.get.
        await client.Edge.Predictions.WaitAsync(created, EmulatorFixture.FastWait, TestContext.Token);
        var polls = fixture.RequestsOf(key).Where(r => r.Method == "GET").ToList();
        Assert.NotEmpty(polls);
        Assert.All(polls, r => Assert.Equal(EmulatorGateway.Standard, r.Gateway));
    }

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
