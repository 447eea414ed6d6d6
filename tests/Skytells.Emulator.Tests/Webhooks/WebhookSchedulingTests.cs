using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Skytells.Emulator.Accounts;
using Skytells.Emulator.Predictions;
using Skytells.Emulator.Webhooks;

namespace Skytells.Emulator.Tests.Webhooks;

/// <summary>
/// Which events a registration queues. The fake clock never moves here, so whatever was queued is still in the
/// queue when the test looks: absence is checked without waiting for anything.
/// </summary>
public sealed class WebhookSchedulingTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 6, 20, 15, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("\"https://example.test/hook\"", null, 1)] // bare URL: terminal events, and only success will happen
    [InlineData("{\"url\":\"https://example.test/hook\",\"events\":[\"started\",\"completed\"]}", null, 2)]
    [InlineData("{\"url\":\"https://example.test/hook\",\"events\":[\"prediction.started\",\"prediction.succeeded\"]}", null, 2)]
    [InlineData("{\"url\":\"https://example.test/hook\",\"events\":[\"failed\"]}", null, 0)] // succeeds, so nothing
    [InlineData("{\"url\":\"https://example.test/hook\",\"events\":[\"failed\"]}", "boom", 1)]
    [InlineData("{\"url\":\"https://example.test/hook\",\"events\":[\"logs\",\"output\"]}", null, 0)] // training-only names
    [InlineData("{\"url\":\"https://example.test/hook\",\"events\":[]}", null, 0)]
    [InlineData("{\"url\":null,\"events\":[\"completed\"]}", null, 0)]
    [InlineData("\"/api/webhooks/render\"", null, 1)] // queued, then recorded as undeliverable
    public async Task A_registration_queues_exactly_the_subscribed_events_that_will_happen(string webhook, string? failure, int queued)
    {
        await using var scheduler = NewScheduler();

        scheduler.OnCreated(NewPrediction(webhook, failure));

        Assert.Equal(queued, scheduler.QueuedCount);
    }

    [Fact]
    public async Task Webhook_events_filter_overrides_the_default_events_of_a_url_string()
    {
        await using var scheduler = NewScheduler();

        scheduler.OnCreated(NewPrediction("\"https://example.test/hook\"", extra: ",\"webhook_events_filter\":[\"start\",\"completed\"]"));

        Assert.Equal(2, scheduler.QueuedCount);
    }

    [Fact]
    public async Task A_cancel_is_queued_only_for_predictions_registered_on_creation()
    {
        await using var scheduler = NewScheduler();
        var registered = NewPrediction("\"https://example.test/hook\"");
        var unregistered = NewPrediction("\"https://example.test/hook\""); // as an Edge prediction: never passed to OnCreated
        scheduler.OnCreated(registered);

        scheduler.OnCancelled(unregistered, Now);
        Assert.Equal(1, scheduler.QueuedCount);

        scheduler.OnCancelled(registered, Now);
        Assert.Equal(2, scheduler.QueuedCount);
    }

    [Theory]
    [InlineData("completed", nameof(WebhookEventKind.Succeeded))]
    [InlineData("prediction.succeeded", nameof(WebhookEventKind.Succeeded))]
    [InlineData("succeeded", nameof(WebhookEventKind.Succeeded))]
    [InlineData("Prediction.Completed", nameof(WebhookEventKind.Succeeded))]
    [InlineData("failed", nameof(WebhookEventKind.Failed))]
    [InlineData("prediction.failed", nameof(WebhookEventKind.Failed))]
    [InlineData("canceled", nameof(WebhookEventKind.Cancelled))]
    [InlineData("cancelled", nameof(WebhookEventKind.Cancelled))]
    [InlineData("prediction.cancelled", nameof(WebhookEventKind.Cancelled))]
    [InlineData("started", nameof(WebhookEventKind.Started))]
    [InlineData("starting", nameof(WebhookEventKind.Started))]
    [InlineData("start", nameof(WebhookEventKind.Started))]
    [InlineData(" prediction.started ", nameof(WebhookEventKind.Started))]
    public void Every_event_vocabulary_of_the_sources_is_understood(string name, string expected)
    {
        Assert.True(WebhookEventNames.TryParse(name, out var kind));
        Assert.Equal(Enum.Parse<WebhookEventKind>(expected), kind);
    }

    [Theory]
    [InlineData("logs")]
    [InlineData("output")]
    [InlineData("prediction.")]
    [InlineData("")]
    public void Names_without_an_inference_counterpart_subscribe_to_nothing(string name) =>
        Assert.False(WebhookEventNames.TryParse(name, out _));

    [Fact]
    public void Backoff_doubles_from_the_retry_delay()
    {
        var policy = new WebhookPolicy(4, TimeSpan.FromMilliseconds(10), TimeSpan.FromSeconds(1), Envelope: false);

        Assert.Equal(TimeSpan.FromMilliseconds(10), policy.BackoffBefore(2));
        Assert.Equal(TimeSpan.FromMilliseconds(20), policy.BackoffBefore(3));
        Assert.Equal(TimeSpan.FromMilliseconds(40), policy.BackoffBefore(4));
    }

    [Fact]
    public void The_default_retry_delay_is_one_second_scaled_like_the_latencies()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(20), WebhookPolicy.From(new EmulatorOptions { TimeScale = 0.02 }).RetryDelay);
        Assert.Equal(TimeSpan.FromSeconds(5), WebhookPolicy.From(new EmulatorOptions { TimeScale = 0.02, WebhookRetryDelay = TimeSpan.FromSeconds(5) }).RetryDelay);
    }

    [Fact]
    public void Defaults_are_raw_bodies_three_attempts_and_a_ten_second_timeout()
    {
        var options = new EmulatorOptions();

        Assert.False(options.WebhookEnvelope);
        Assert.Equal(3, options.WebhookMaxAttempts);
        Assert.Null(options.WebhookRetryDelay);
        Assert.Equal(TimeSpan.FromSeconds(10), options.WebhookTimeout);
    }

    [Theory]
    [InlineData(0, 1, 1000, nameof(EmulatorOptions.WebhookMaxAttempts))]
    [InlineData(3, -1, 1000, nameof(EmulatorOptions.WebhookRetryDelay))]
    [InlineData(3, 1, 0, nameof(EmulatorOptions.WebhookTimeout))]
    public async Task Invalid_webhook_settings_are_refused_at_start(int attempts, int delayMs, int timeoutMs, string option)
    {
        var options = new EmulatorOptions
        {
            WebhookMaxAttempts = attempts,
            WebhookRetryDelay = TimeSpan.FromMilliseconds(delayMs),
            WebhookTimeout = TimeSpan.FromMilliseconds(timeoutMs),
        };

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => SkytellsEmulator.StartAsync(options));

        Assert.Equal(option, error.ParamName);
    }

    private static WebhookScheduler NewScheduler() =>
        new(new WebhookPolicy(3, TimeSpan.Zero, TimeSpan.FromSeconds(1), Envelope: false), new FakeTimeProvider(Now));

    private static PredictionRecord NewPrediction(string webhook, string? failure = null, string extra = "")
    {
        using var request = JsonDocument.Parse($$"""{"webhook":{{webhook}}{{extra}}}""");
        using var input = JsonDocument.Parse("{}");
        return new PredictionRecord(new PredictionSpec(
            Guid.NewGuid().ToString("D"),
            1,
            new Account("sk-unit", AccountPlan.Business),
            new EmulatedModel("unit-image", ModelKindName.Image),
            input.RootElement.Clone(),
            WebhookRegistration.Parse(request.RootElement),
            Stream: false,
            PredictionTimeline.Start(Now, TimeSpan.FromSeconds(10)),
            OutputCount: 1,
            failure,
            "http://127.0.0.1:1"));
    }
}
