using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Skytells.Emulator.Tests.Infrastructure;

namespace Skytells.Emulator.Tests;

public sealed class PredictionLifecycleTests
{
    private static readonly TimeSpan Latency = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Standard_prediction_goes_pending_processing_succeeded_as_time_passes()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 4, 21, 20, 58, TimeSpan.Zero));
        await using var host = await EmulatorHost.StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.ModelLatency[SkytellsModels.TrueFusionPro] = Latency;
        });

        var created = (await host.CreateAsync(SkytellsModels.TrueFusionPro)).AssertOk().Json;
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal("pending", created.GetProperty("status").GetString());
        Assert.Equal("2026-03-04T21:20:58.000000Z", created.GetProperty("created_at").GetString());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("started_at").ValueKind);
        Assert.Equal(JsonValueKind.Null, created.GetProperty("output").ValueKind);

        clock.Advance(Latency / 2);
        var processing = (await host.GetAsync(EmulatorGateway.Standard, $"/predictions/{id}")).AssertOk().Json;
        Assert.Equal("processing", processing.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, processing.GetProperty("started_at").ValueKind);
        Assert.Equal(JsonValueKind.Null, processing.GetProperty("completed_at").ValueKind);
        var progress = processing.GetProperty("metrics").GetProperty("progress").GetInt32();
        Assert.InRange(progress, 1, 99);

        clock.Advance(Latency);
        var done = (await host.GetAsync(EmulatorGateway.Standard, $"/predictions/{id}")).AssertOk().Json;
        Assert.Equal("succeeded", done.GetProperty("status").GetString());
        Assert.Equal(100, done.GetProperty("metrics").GetProperty("progress").GetInt32());
        Assert.Equal("2026-03-04T21:21:08.000000Z", done.GetProperty("completed_at").GetString());
        Assert.Equal(done.GetProperty("completed_at").GetString(), done.GetProperty("updated_at").GetString());
        Assert.Equal(1, done.GetProperty("output").GetArrayLength());
        Assert.Equal(10.0, done.GetProperty("metrics").GetProperty("total_time").GetDouble());
    }

    [Fact]
    public async Task Await_true_on_an_image_model_answers_with_the_terminal_prediction()
    {
        await using var host = await EmulatorHost.StartAsync(o => o.ModelLatency[SkytellsModels.TrueFusion] = TimeSpan.FromMilliseconds(50));

        var response = await host.CreateAsync(SkytellsModels.TrueFusion, extra: ""","await":true""");

        var json = response.AssertOk().Json;
        Assert.Equal("succeeded", json.GetProperty("status").GetString());
        Assert.Equal(1, json.GetProperty("metrics").GetProperty("image_count").GetInt32());
    }

    [Fact]
    public async Task Without_await_the_same_image_model_answers_at_once()
    {
        await using var host = await EmulatorHost.StartAsync(o => o.ModelLatency[SkytellsModels.TrueFusion] = TimeSpan.FromHours(1));

        var response = await host.CreateAsync(SkytellsModels.TrueFusion, extra: ""","await":false""");

        Assert.Equal("pending", response.AssertOk().Str("status"));
    }

    [Theory]
    [InlineData(SkytellsModels.Veo31)]
    [InlineData(SkytellsModels.BeatFusion20)]
    public async Task Video_and_audio_models_ignore_await_and_answer_pending(string model)
    {
        await using var host = await EmulatorHost.StartAsync(o => o.ModelLatency[model] = TimeSpan.FromHours(1));

        var response = await host.CreateAsync(model, extra: ""","await":true""");

        Assert.Equal("pending", response.AssertOk().Str("status"));
    }

    [Fact]
    public async Task Await_gives_up_at_the_cap_and_answers_with_the_current_state()
    {
        await using var host = await EmulatorHost.StartAsync(o =>
        {
            o.ModelLatency[SkytellsModels.TrueFusion] = TimeSpan.FromHours(1);
            o.AwaitCap = TimeSpan.FromMilliseconds(20);
        });

        var response = await host.CreateAsync(SkytellsModels.TrueFusion, extra: ""","await":true""");

        Assert.Matches("^(pending|processing)$", response.AssertOk().Str("status"));
    }

    [Fact]
    public async Task Await_under_a_fake_clock_completes_when_the_clock_reaches_the_end()
    {
        var clock = new FakeTimeProvider();
        await using var host = await EmulatorHost.StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.ModelLatency[SkytellsModels.TrueFusion] = Latency;
        });

        var pending = host.CreateAsync(SkytellsModels.TrueFusion, extra: ""","await":true""");
        while (!pending.IsCompleted)
        {
            // Only the fake clock can end the await: it reaches the prediction's end (10 s) long before the cap (60 s).
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(5);
        }

        Assert.Equal("succeeded", (await pending).AssertOk().Str("status"));
    }

    [Fact]
    public async Task Fail_prediction_fault_makes_the_prediction_end_failed_with_the_message()
    {
        await using var host = await EmulatorHost.StartAsync(o => o.ModelLatency[SkytellsModels.TrueFusion] = TimeSpan.Zero);
        host.Emulator.InjectFault(new EmulatorFault { Method = "POST", PathContains = "/predictions", FailPrediction = "GPU exploded" });

        var failed = (await host.CreateAsync(SkytellsModels.TrueFusion)).AssertOk().Json;
        var next = (await host.CreateAsync(SkytellsModels.TrueFusion)).AssertOk().Json;

        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.Equal("GPU exploded", failed.GetProperty("error").GetString());
        Assert.Equal("GPU exploded", failed.GetProperty("response").GetString());
        Assert.Equal(JsonValueKind.Null, failed.GetProperty("output").ValueKind);
        Assert.Equal("succeeded", next.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Zero_time_scale_finishes_predictions_at_once()
    {
        await using var host = await EmulatorHost.StartAsync(o => o.TimeScale = 0);

        var response = await host.CreateAsync(SkytellsModels.Sora2);

        Assert.Equal("succeeded", response.AssertOk().Str("status"));
        Assert.EndsWith(".mp4", response.Json.GetProperty("output")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelled_in_flight_prediction_stays_cancelled_after_its_end_time()
    {
        var clock = new FakeTimeProvider();
        await using var host = await EmulatorHost.StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.ModelLatency[SkytellsModels.Veo31] = Latency;
        });
        var id = (await host.CreateAsync(SkytellsModels.Veo31)).AssertOk().Str("id");
        clock.Advance(Latency / 2);

        var cancelled = (await host.SendAsync(HttpMethod.Post, EmulatorGateway.Standard, $"/predictions/{id}/cancel")).AssertOk().Json;
        clock.Advance(Latency * 2);
        var later = (await host.GetAsync(EmulatorGateway.Standard, $"/predictions/{id}")).AssertOk().Json;

        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        Assert.True(cancelled.GetProperty("success").GetBoolean());
        Assert.Equal("cancelled", later.GetProperty("status").GetString());
        Assert.Equal(cancelled.GetProperty("completed_at").GetString(), later.GetProperty("completed_at").GetString());
        Assert.Equal(JsonValueKind.Null, later.GetProperty("output").ValueKind);
    }

    [Fact]
    public async Task Cancel_ends_a_server_side_await_with_the_cancelled_state()
    {
        await using var host = await EmulatorHost.StartAsync(o => o.ModelLatency[SkytellsModels.TrueFusion] = TimeSpan.FromHours(1));
        var waiting = host.CreateAsync(SkytellsModels.TrueFusion, extra: ""","await":true""");

        string? id = null;
        while (id is null)
        {
            // The prediction is listed as soon as it exists, while its create request is still held.
            var list = (await host.GetAsync(EmulatorGateway.Standard, "/predictions")).Json.GetProperty("data");
            id = list.GetArrayLength() > 0 ? list[0].GetProperty("id").GetString() : null;
            await Task.Delay(5);
        }

        (await host.SendAsync(HttpMethod.Post, EmulatorGateway.Standard, $"/predictions/{id}/cancel")).AssertOk();

        Assert.Equal("cancelled", (await waiting).AssertOk().Str("status"));
    }

    [Fact]
    public async Task Cancel_of_a_terminal_prediction_returns_it_unchanged()
    {
        await using var host = await EmulatorHost.StartAsync(o => o.TimeScale = 0);
        var id = (await host.CreateAsync(SkytellsModels.TrueFusion)).AssertOk().Str("id");

        var response = await host.SendAsync(HttpMethod.Post, EmulatorGateway.Standard, $"/predictions/{id}/cancel");

        Assert.Equal("succeeded", response.AssertOk().Str("status"));
        Assert.True(response.Json.GetProperty("success").GetBoolean());
    }

    [Fact]
    public async Task Cancel_of_an_unknown_prediction_is_404()
    {
        await using var host = await EmulatorHost.StartAsync();

        (await host.SendAsync(HttpMethod.Post, EmulatorGateway.Standard, "/predictions/nope/cancel")).AssertError(HttpStatusCode.NotFound, "NOT_FOUND");
    }
}
