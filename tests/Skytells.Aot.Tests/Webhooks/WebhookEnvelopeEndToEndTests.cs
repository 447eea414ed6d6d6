using Skytells.Emulator;

namespace Skytells.Tests.Webhooks;

/// <summary>The learn-docs envelope <c>{type, created_at, data}</c>, sent by an emulator configured for it.</summary>
public sealed class WebhookEnvelopeEndToEndTests(WebhookEndpoint endpoint) : IClassFixture<WebhookEndpoint>
{
    [Fact]
    public async Task Envelope_deliveries_verify_and_parse_into_the_same_events()
    {
        await using var emulator = await SkytellsEmulator.StartAsync(new EmulatorOptions { TimeScale = 0.02, WebhookEnvelope = true });
        using var client = new SkytellsClient(new SkytellsClientOptions
        {
            ApiKey = EmulatorApiKeys.Pro,
            StandardEndpoint = emulator.StandardBaseUrl,
            EdgeEndpoint = emulator.EdgeBaseUrl,
        });
        var route = endpoint.AddRoute(secret: EmulatorApiKeys.Pro);

        var created = await client.Predictions.CreateAsync(
            SkytellsModels.TrueFusion,
            new ImageInput { Prompt = "harbour" },
            new PredictionCreateOptions { Webhook = new PredictionWebhook(route.Url.ToString(), ["prediction.started", "prediction.succeeded"]) },
            TestContext.Token);

        var started = WebhookEndToEndTests.Accepted(await route.NextAsync());
        Assert.True(started.Event.IsEnvelope);
        Assert.Equal("prediction.starting", started.Event.Type); // prediction.started, normalised to the status word
        Assert.Equal(PredictionStatus.Processing, started.Event.Prediction.Status);
        Assert.Equal(started.Event.Prediction.StartedAt, started.Event.CreatedAt);

        var succeeded = WebhookEndToEndTests.Accepted(await route.NextAsync());
        Assert.True(succeeded.Event.IsEnvelope);
        Assert.Equal("prediction.succeeded", succeeded.Event.Type);
        Assert.Equal(created.Id, succeeded.Event.Prediction.Id);
        Assert.Equal(PredictionStatus.Succeeded, succeeded.Event.Prediction.Status);
        Assert.NotEmpty(succeeded.Event.Prediction.Output);
        Assert.Equal(succeeded.Event.Prediction.CompletedAt, succeeded.Event.CreatedAt);
        Assert.False(succeeded.IsDuplicate);
    }
}
