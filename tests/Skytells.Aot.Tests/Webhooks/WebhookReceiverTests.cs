using System.Text;

namespace Skytells.Tests.Webhooks;

public sealed class WebhookReceiverTests
{
    private const string Secret = "whsec_receiver_unit_secret";
    private static readonly byte[] Body = """{"id":"p1","status":"succeeded","output":["https://cdn.test/0.png"]}"""u8.ToArray();

    [Fact]
    public async Task A_signed_delivery_is_parsed_and_its_redelivery_flagged_duplicate()
    {
        var receiver = new WebhookReceiver(Secret);
        var signature = new WebhookVerifier(Secret).Sign(Body);

        var first = await receiver.ReceiveAsync(Body, signature, TestContext.Token);
        var again = await receiver.ReceiveAsync(new MemoryStream(Body), signature, TestContext.Token);

        Assert.False(first.IsDuplicate);
        Assert.Equal("prediction.succeeded", first.Event.Type);
        Assert.Equal("p1", first.Event.Prediction.Id);
        Assert.True(again.IsDuplicate);
        Assert.Equal(first.Event.IdempotencyKey, again.Event.IdempotencyKey);
    }

    [Fact]
    public async Task A_stream_body_over_the_limit_is_refused_without_buffering_it_all()
    {
        var receiver = new WebhookReceiver(Secret) { MaxBodyBytes = 64 };
        var large = new byte[64 * 1024];
        var error = await Assert.ThrowsAsync<SkytellsWebhookException>(async () =>
            await receiver.ReceiveAsync(new MemoryStream(large), "00", TestContext.Token));
        Assert.Equal(SkytellsWebhookException.PayloadTooLargeErrorId, error.ErrorId);
    }

    [Fact]
    public async Task A_tampered_body_is_rejected_before_it_is_parsed_or_remembered()
    {
        var store = new RecordingStore();
        var receiver = new WebhookReceiver(Secret, store);
        var signature = new WebhookVerifier(Secret).Sign(Body);
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Body).Replace("succeeded", "failed", StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<SkytellsWebhookException>(async () => await receiver.ReceiveAsync(tampered, signature, TestContext.Token));

        Assert.Equal(SkytellsWebhookException.SignatureInvalidErrorId, error.ErrorId);
        Assert.Empty(store.Keys);
        AssertNoSecret(error);
    }

    [Fact]
    public async Task A_missing_signature_is_rejected_and_says_which_header_is_missing()
    {
        var receiver = new WebhookReceiver(Secret);

        var error = await Assert.ThrowsAsync<SkytellsWebhookException>(async () => await receiver.ReceiveAsync(Body, null, TestContext.Token));

        Assert.Equal("WEBHOOK_SIGNATURE_INVALID", error.ErrorId);
        Assert.Contains(WebhookVerifier.SignatureHeader, error.Message, StringComparison.Ordinal);
        AssertNoSecret(error);
    }

    [Fact]
    public async Task A_correctly_signed_body_that_is_not_a_delivery_is_INVALID_JSON()
    {
        var receiver = new WebhookReceiver(Secret);
        var body = "hello"u8.ToArray();

        var error = await Assert.ThrowsAsync<SkytellsWebhookException>(
            async () => await receiver.ReceiveAsync(body, new WebhookVerifier(Secret).Sign(body), TestContext.Token));

        Assert.Equal("INVALID_JSON", error.ErrorId);
        AssertNoSecret(error);
    }

    [Fact]
    public async Task A_pluggable_store_receives_the_prediction_id_and_status_as_key()
    {
        var store = new RecordingStore();
        var receiver = new WebhookReceiver(Secret, store);

        await receiver.ReceiveAsync(Body, new WebhookVerifier(Secret).Sign(Body), TestContext.Token);

        Assert.Equal(["p1:succeeded"], store.Keys);
    }

    private static void AssertNoSecret(Exception error)
    {
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A store that remembers nothing but the keys it was asked about.</summary>
    private sealed class RecordingStore : IWebhookIdempotencyStore
    {
        public List<string> Keys { get; } = [];

        public ValueTask<bool> TryMarkAsync(string key, CancellationToken cancellationToken = default)
        {
            Keys.Add(key);
            return ValueTask.FromResult(true);
        }
    }
}
