using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Skytells.Emulator;
using Skytells.Tests.Integration;

namespace Skytells.Tests.Webhooks;

/// <summary>
/// Predictions created through <see cref="SkytellsClient"/> register webhooks; the emulator delivers them signed to a
/// real loopback endpoint that verifies, parses and de-duplicates them with <see cref="WebhookReceiver"/>.
/// </summary>
public sealed class WebhookEndToEndTests(EmulatorFixture fixture, WebhookEndpoint endpoint) : IClassFixture<EmulatorFixture>, IClassFixture<WebhookEndpoint>
{
    private static ImageInput Input => new() { Prompt = "lighthouse at dusk", Width = 512, Height = 512 };

    [Fact]
    public async Task Subscribed_events_arrive_verified_in_lifecycle_order_with_their_statuses()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var route = endpoint.AddRoute(secret: key);

        var created = await client.Predictions.CreateAsync(
            SkytellsModels.TrueFusion, Input, new PredictionCreateOptions { Webhook = new PredictionWebhook(route.Url.ToString(), ["started", "completed"]) }, TestContext.Token);

        var started = Accepted(await route.NextAsync());
        Assert.Equal(created.Id, started.Event.Prediction.Id);
        Assert.Equal(PredictionStatus.Processing, started.Event.Prediction.Status);
        Assert.Equal("prediction.processing", started.Event.Type);
        Assert.False(started.Event.IsEnvelope);
        Assert.False(started.IsDuplicate);

        var succeeded = Accepted(await route.NextAsync());
        Assert.Equal(created.Id, succeeded.Event.Prediction.Id);
        Assert.Equal(PredictionStatus.Succeeded, succeeded.Event.Prediction.Status);
        Assert.Equal("prediction.succeeded", succeeded.Event.Type);
        Assert.False(succeeded.IsDuplicate);

        var fetched = await client.Predictions.GetAsync(created.Id, TestContext.Token);
        Assert.Equal(fetched.Output, succeeded.Event.Prediction.Output);
        Assert.NotEmpty(fetched.Output);
        Assert.Equal(fetched.CompletedAt, succeeded.Event.Prediction.CompletedAt);
        Assert.Equal(route.Url.ToString(), succeeded.Event.Prediction.Webhook?.Url);
    }

    [Fact]
    public async Task A_plain_url_webhook_reports_a_cancellation_made_through_the_client()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var route = endpoint.AddRoute(secret: key);

        var created = await client.Predictions.CreateAsync(
            EmulatorFixture.SlowModel, new VideoInput { Prompt = "waves" }, new PredictionCreateOptions { Webhook = route.Url.ToString() }, TestContext.Token);
        await client.Predictions.CancelAsync(created.Id, TestContext.Token);

        var cancelled = Accepted(await route.NextAsync());
        Assert.Equal(created.Id, cancelled.Event.Prediction.Id);
        Assert.Equal(PredictionStatus.Cancelled, cancelled.Event.Prediction.Status);
        Assert.Equal("prediction.cancelled", cancelled.Event.Type);
    }

    [Fact]
    public async Task A_dedicated_webhook_secret_verifies_and_the_api_key_no_longer_does()
    {
        const string Secret = "whsec_enterprise";
        var key = fixture.NewKey(AccountPlan.Enterprise);
        fixture.Emulator.SetWebhookSecret(key, Secret);
        using var client = fixture.Client(key);
        var withSecret = endpoint.AddRoute(secret: Secret);

        await client.Predictions.CreateAsync(SkytellsModels.TrueFusion, Input, new PredictionCreateOptions { Webhook = withSecret.Url.ToString() }, TestContext.Token);

        Assert.Equal(PredictionStatus.Succeeded, Accepted(await withSecret.NextAsync()).Event.Prediction.Status);
        var record = await fixture.Emulator.WaitForWebhookAsync(r => r.Url == withSecret.Url.ToString(), TestContext.Token);
        Assert.False(new WebhookVerifier(key).Verify(Encoding.UTF8.GetBytes(record.Body), record.Signature));
    }

    [Fact]
    public async Task A_receiver_with_the_wrong_secret_rejects_every_attempt_with_401_and_the_emulator_retries()
    {
        const string WrongSecret = "whsec_not_the_right_one";
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var route = endpoint.AddRoute(secret: WrongSecret);

        var created = await client.Predictions.CreateAsync(SkytellsModels.TrueFusion, Input, new PredictionCreateOptions { Webhook = route.Url.ToString() }, TestContext.Token);

        var attempts = fixture.Emulator.Options.WebhookMaxAttempts;
        for (var i = 0; i < attempts; i++)
        {
            var outcome = await route.NextAsync();
            Assert.Null(outcome.Delivery);
            Assert.Equal(401, outcome.AnsweredStatus);
            var rejection = Assert.IsType<SkytellsWebhookException>(outcome.Rejection);
            Assert.Equal(SkytellsWebhookException.SignatureInvalidErrorId, rejection.ErrorId);
            Assert.DoesNotContain(WrongSecret, rejection.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(key, rejection.ToString(), StringComparison.Ordinal);
        }

        var last = await fixture.Emulator.WaitForWebhookAsync(r => r.PredictionId == created.Id && r.Attempt == attempts, TestContext.Token);
        Assert.Equal(401, last.StatusCode);
        Assert.Equal(
            Enumerable.Repeat(401, attempts),
            fixture.Emulator.WebhookDeliveries.Where(r => r.PredictionId == created.Id).OrderBy(r => r.Attempt).Select(r => r.StatusCode));
    }

    [Fact]
    public async Task A_tampered_body_is_rejected_with_401_and_a_replay_of_the_genuine_one_is_a_duplicate()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var route = endpoint.AddRoute(secret: key);
        var created = await client.Predictions.CreateAsync(SkytellsModels.TrueFusion, Input, new PredictionCreateOptions { Webhook = route.Url.ToString() }, TestContext.Token);
        Assert.False(Accepted(await route.NextAsync()).IsDuplicate);
        var genuine = await fixture.Emulator.WaitForWebhookAsync(r => r.PredictionId == created.Id && r.Succeeded, TestContext.Token);

        using var http = new HttpClient();
        var tampered = genuine.Body.Replace("\"succeeded\"", "\"failed\"", StringComparison.Ordinal);
        Assert.NotEqual(genuine.Body, tampered);
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(http, route.Url, tampered, genuine.Signature));
        var rejection = Assert.IsType<SkytellsWebhookException>((await route.NextAsync()).Rejection);
        Assert.Equal(SkytellsWebhookException.SignatureInvalidErrorId, rejection.ErrorId);

        Assert.Equal(HttpStatusCode.OK, await PostAsync(http, route.Url, genuine.Body, genuine.Signature.ToUpperInvariant()));
        var replay = Accepted(await route.NextAsync());
        Assert.True(replay.IsDuplicate);
        Assert.Equal(created.Id, replay.Event.Prediction.Id);
    }

    [Fact]
    public async Task When_the_handler_fails_after_recording_the_emulator_redelivers_and_the_receiver_flags_the_duplicate()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var route = endpoint.AddRoute(secret: key, failFirstAccepted: true);

        var created = await client.Predictions.CreateAsync(SkytellsModels.TrueFusion, Input, new PredictionCreateOptions { Webhook = route.Url.ToString() }, TestContext.Token);

        var first = await route.NextAsync();
        Assert.Equal(500, first.AnsweredStatus);
        Assert.False(Accepted(first).IsDuplicate);

        var second = await route.NextAsync();
        Assert.Equal(200, second.AnsweredStatus);
        Assert.True(Accepted(second).IsDuplicate);
        Assert.Equal(Accepted(first).Event.IdempotencyKey, Accepted(second).Event.IdempotencyKey);

        var redelivery = await fixture.Emulator.WaitForWebhookAsync(r => r.PredictionId == created.Id && r.Attempt == 2, TestContext.Token);
        Assert.Equal(200, redelivery.StatusCode);
    }

    internal static WebhookDelivery Accepted(WebhookOutcome outcome)
    {
        Assert.True(outcome.Delivery is not null, $"The endpoint rejected the delivery: {outcome.Rejection?.Message}");
        return outcome.Delivery;
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, Uri url, string body, string signature)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        request.Headers.TryAddWithoutValidation("x-skytells-signature", signature);
        using var response = await http.SendAsync(request, TestContext.Token);
        return response.StatusCode;
    }
}
