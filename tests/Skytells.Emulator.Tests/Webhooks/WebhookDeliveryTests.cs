using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Skytells.Emulator.Tests.Infrastructure;
using static Skytells.Emulator.Tests.Webhooks.WebhookTestKit;

namespace Skytells.Emulator.Tests.Webhooks;

public sealed class WebhookDeliveryTests
{
    private const string Model = SkytellsModels.TrueFusion;
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(20);

    [Fact]
    public async Task A_completed_prediction_is_posted_once_as_GET_returns_it_signed_with_the_api_key()
    {
        await using var sink = await WebhookSink.StartAsync();
        await using var host = await EmulatorHost.StartAsync(o => o.ModelLatency[Model] = Latency);

        var id = (await host.CreateAsync(Model, extra: WebhookUrl(sink.Url()))).Id();
        var record = await host.Emulator.WaitForAsync(id, "prediction.succeeded");

        var received = Assert.Single(sink.Received);
        Assert.Equal("/hook", received.Path);
        Assert.Equal("application/json", received.ContentType);
        Assert.Equal(Hmac(EmulatorApiKeys.Business, received.Body), received.Signature);
        var get = (await host.GetAsync(EmulatorGateway.Standard, $"/predictions/{id}")).AssertOk();
        Assert.Equal(get.Body, received.Text);
        Assert.Equal("succeeded", get.Str("status"));

        Assert.Equal((1, 200, true), (record.Attempt, record.StatusCode, record.Succeeded));
        Assert.Equal(sink.Url(), record.Url);
        Assert.Equal(received.Signature, record.Signature);
        Assert.Equal(received.Text, record.Body);
        Assert.Null(record.Error);
    }

    [Fact]
    public async Task Started_and_completed_fire_when_a_fake_clock_reaches_them_with_the_state_of_that_instant()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 6, 20, 15, 0, TimeSpan.Zero));
        await using var sink = await WebhookSink.StartAsync();
        await using var host = await EmulatorHost.StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.ModelLatency[Model] = TimeSpan.FromSeconds(10); // queued for the first 2 s
        });

        var webhook = Webhook($$"""{"url":"{{sink.Url()}}","events":["started","prediction.succeeded"]}""");
        var id = (await host.CreateAsync(Model, extra: webhook)).Id();

        clock.Advance(TimeSpan.FromSeconds(2));
        var started = await host.Emulator.WaitForAsync(id, "prediction.started");
        Assert.Equal(clock.GetUtcNow(), started.SentAt);
        var processing = (await host.GetAsync(EmulatorGateway.Standard, $"/predictions/{id}")).AssertOk();
        Assert.Equal("processing", processing.Str("status"));
        Assert.Equal(processing.Body, started.Body);

        // The clock is short of completion, so the succeeded event cannot have been sent.
        Assert.DoesNotContain(host.Emulator.WebhookDeliveries, r => r.EventType == "prediction.succeeded");

        clock.Advance(TimeSpan.FromSeconds(8));
        var succeeded = await host.Emulator.WaitForAsync(id, "prediction.succeeded");
        var done = (await host.GetAsync(EmulatorGateway.Standard, $"/predictions/{id}")).AssertOk();
        Assert.Equal(done.Body, succeeded.Body);
        Assert.Equal(["prediction.started", "prediction.succeeded"], sink.Received.Select(r => Event(r.Text)));
    }

    [Fact]
    public async Task Webhook_events_filter_on_a_url_string_delivers_the_failure_it_names()
    {
        await using var sink = await WebhookSink.StartAsync();
        await using var host = await EmulatorHost.StartAsync(o => o.ModelLatency[Model] = Latency);

        var body = $$"""{"model":"{{Model}}","input":{"prompt":"fox"},"webhook":"{{sink.Url()}}","webhook_events_filter":["failed"]}""";
        var response = await host.SendAsync(
            HttpMethod.Post, EmulatorGateway.Standard, "/predictions", body: body, headers: new Dictionary<string, string> { ["x-emulator-fault"] = "fail=Out of GPUs" });
        var id = response.Id();

        var record = await host.Emulator.WaitForAsync(id, "prediction.failed");
        using var delivered = JsonDocument.Parse(record.Body);
        Assert.Equal("failed", delivered.RootElement.GetProperty("status").GetString());
        Assert.Equal("Out of GPUs", delivered.RootElement.GetProperty("error").GetString());
        Assert.Equal(Hmac(EmulatorApiKeys.Business, Assert.Single(sink.Received).Body), record.Signature);
    }

    [Fact]
    public async Task Cancelling_delivers_cancelled_at_once_with_the_state_a_GET_shows()
    {
        await using var sink = await WebhookSink.StartAsync();
        await using var host = await EmulatorHost.StartAsync(o => o.ModelLatency[Model] = TimeSpan.FromHours(1));

        var id = (await host.CreateAsync(Model, extra: WebhookUrl(sink.Url()))).Id();
        (await host.SendAsync(HttpMethod.Post, EmulatorGateway.Standard, $"/predictions/{id}/cancel")).AssertOk();

        var record = await host.Emulator.WaitForAsync(id, "prediction.cancelled");
        var get = (await host.GetAsync(EmulatorGateway.Standard, $"/predictions/{id}")).AssertOk();
        Assert.Equal("cancelled", get.Str("status"));
        Assert.Equal(get.Body, record.Body);
        Assert.Equal(get.Body, Assert.Single(sink.Received).Text);
    }

    [Fact]
    public async Task Envelope_mode_wraps_the_prediction_in_type_created_at_and_data()
    {
        await using var sink = await WebhookSink.StartAsync();
        await using var host = await EmulatorHost.StartAsync(o =>
        {
            o.ModelLatency[Model] = Latency;
            o.WebhookEnvelope = true;
        });

        var id = (await host.CreateAsync(Model, extra: WebhookUrl(sink.Url()))).Id();
        await host.Emulator.WaitForAsync(id, "prediction.succeeded");

        var received = Assert.Single(sink.Received);
        Assert.Equal(Hmac(EmulatorApiKeys.Business, received.Body), received.Signature);
        using var envelope = JsonDocument.Parse(received.Body);
        var root = envelope.RootElement;
        Assert.Equal("prediction.succeeded", root.GetProperty("type").GetString());
        var data = root.GetProperty("data");
        Assert.Equal(data.GetProperty("completed_at").GetString(), root.GetProperty("created_at").GetString());
        var get = (await host.GetAsync(EmulatorGateway.Standard, $"/predictions/{id}")).AssertOk();
        Assert.Equal(get.Body, data.GetRawText());
    }

    [Fact]
    public async Task A_webhook_secret_replaces_the_api_key_as_signing_key_until_it_is_removed()
    {
        const string Key = "sk-webhook-secret-owner";
        const string Secret = "whsec_enterprise";
        await using var sink = await WebhookSink.StartAsync();
        await using var host = await EmulatorHost.StartAsync(o => o.ModelLatency[Model] = Latency);
        host.Emulator.AddApiKey(Key, AccountPlan.Enterprise);
        host.Emulator.SetWebhookSecret(Key, Secret);

        var first = (await host.CreateAsync(Model, apiKey: Key, extra: WebhookUrl(sink.Url("/first")))).Id();
        var signed = await host.Emulator.WaitForAsync(first, "prediction.succeeded");
        var body = Assert.Single(sink.Received).Body;
        Assert.Equal(Hmac(Secret, body), signed.Signature);
        Assert.NotEqual(Hmac(Key, body), signed.Signature);

        host.Emulator.SetWebhookSecret(Key, null);
        var second = (await host.CreateAsync(Model, apiKey: Key, extra: WebhookUrl(sink.Url("/second")))).Id();
        var unsigned = await host.Emulator.WaitForAsync(second, "prediction.succeeded");
        Assert.Equal(Hmac(Key, sink.Received.Single(r => r.Path == "/second").Body), unsigned.Signature);

        // Neither secret may leak through the record's text.
        Assert.DoesNotContain(Secret, signed.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Key, signed.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setting_a_secret_for_an_unknown_key_fails_without_echoing_key_or_secret()
    {
        await using var host = await EmulatorHost.StartAsync();

        var error = Assert.Throws<ArgumentException>(() => host.Emulator.SetWebhookSecret("sk-nobody-has-this", "whsec_do_not_print"));

        Assert.Equal("apiKey", error.ParamName);
        Assert.DoesNotContain("sk-nobody-has-this", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("whsec_do_not_print", error.ToString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => host.Emulator.SetWebhookSecret(EmulatorApiKeys.Pro, ""));
    }

    [Fact]
    public async Task Edge_accepts_a_webhook_but_never_delivers_it()
    {
        await using var sink = await WebhookSink.StartAsync();
        await using var host = await EmulatorHost.StartAsync(o => o.ModelLatency[Model] = Latency);

        // Edge answers once the prediction is terminal, so its event time has passed before the marker is even created.
        var edge = await host.CreateAsync(SkytellsModels.TrueFusionEdge, EmulatorGateway.Edge, extra: WebhookUrl(sink.Url("/edge")));
        Assert.Equal("succeeded", edge.AssertOk().Str("status"));
        Assert.Equal(sink.Url("/edge"), edge.Json.GetProperty("webhook").GetProperty("url").GetString());
        var edgeId = edge.Id();
        (await host.SendAsync(HttpMethod.Post, EmulatorGateway.Edge, $"/predictions/{edgeId}/cancel")).AssertOk();

        var marker = (await host.CreateAsync(Model, extra: WebhookUrl(sink.Url("/standard")))).Id();
        await host.Emulator.WaitForAsync(marker, "prediction.succeeded");

        Assert.Equal("/standard", Assert.Single(sink.Received).Path);
        Assert.Empty(host.Emulator.DeliveriesOf(edgeId));
    }

    [Fact]
    public async Task A_relative_url_is_recorded_once_as_undeliverable()
    {
        await using var host = await EmulatorHost.StartAsync(o => o.ModelLatency[Model] = Latency);

        var id = (await host.CreateAsync(Model, extra: WebhookUrl("/api/webhooks/render"))).Id();
        var record = await host.Emulator.WaitForAsync(id, "prediction.succeeded");

        Assert.Equal((1, 0, false), (record.Attempt, record.StatusCode, record.Succeeded));
        Assert.Equal("/api/webhooks/render", record.Url);
        Assert.Contains("absolute", record.Error, StringComparison.Ordinal);
        Assert.Equal(Hmac(EmulatorApiKeys.Business, System.Text.Encoding.UTF8.GetBytes(record.Body)), record.Signature);
    }

    [Fact]
    public async Task Stopping_the_emulator_fails_pending_waits_instead_of_leaving_them_hanging()
    {
        await using var sink = await WebhookSink.StartAsync();
        var host = await EmulatorHost.StartAsync(o => o.ModelLatency[Model] = TimeSpan.FromHours(1));
        var id = (await host.CreateAsync(Model, extra: WebhookUrl(sink.Url()))).Id();
        var pending = host.Emulator.WaitForWebhookAsync(r => r.PredictionId == id, Token);

        await host.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => pending);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => host.Emulator.WaitForWebhookAsync(_ => true, Token));
        Assert.Empty(sink.Received);
    }

    private static string Event(string body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("status").GetString() switch
        {
            "processing" => "prediction.started",
            var status => $"prediction.{status}",
        };
    }
}
