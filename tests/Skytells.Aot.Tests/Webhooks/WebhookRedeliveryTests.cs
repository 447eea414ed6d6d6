using System.Text;

namespace Skytells.Tests.Webhooks;

/// <summary>The same event delivered again (a retry, a replay) is verified and parsed, then flagged as a duplicate.</summary>
public sealed class WebhookRedeliveryTests
{
    private const string Secret = HostileSignatureTests.Secret;
    private static readonly WebhookVerifier Signer = new(Secret);

    [Fact]
    public async Task The_second_delivery_of_one_event_is_a_duplicate_through_either_overload()
    {
        var receiver = new WebhookReceiver(Secret);
        var body = """{"id":"p7","status":"succeeded","output":["https://cdn.test/7.png"]}"""u8.ToArray();
        var signature = Signer.Sign(body);

        var first = await receiver.ReceiveAsync(new MemoryStream(body), signature, TestContext.Token);
        var second = await receiver.ReceiveAsync(new MemoryStream(body), signature, TestContext.Token);
        var third = await receiver.ReceiveAsync(body, signature.ToUpperInvariant(), TestContext.Token);

        Assert.False(first.IsDuplicate);
        Assert.True(second.IsDuplicate);
        Assert.True(third.IsDuplicate);
        Assert.Equal("p7", second.Event.Prediction.Id);
        Assert.Equal(first.Event.IdempotencyKey, second.Event.IdempotencyKey);
    }

    [Fact]
    public async Task A_redelivery_in_the_other_shape_or_other_bytes_is_still_the_same_event()
    {
        var receiver = new WebhookReceiver(Secret);
        var raw = """{"id":"p8","status":"succeeded"}""";
        var envelope = $$"""{"type":"prediction.succeeded","created_at":"2026-03-06T20:15:24.000000Z","data":{{raw}}}""";
        var spaced = """{ "id": "p8", "status": "succeeded" }""";

        Assert.False((await ReceiveAsync(receiver, raw)).IsDuplicate);
        Assert.True((await ReceiveAsync(receiver, envelope)).IsDuplicate);
        Assert.True((await ReceiveAsync(receiver, spaced)).IsDuplicate);
    }

    [Fact]
    public async Task A_new_status_of_the_same_prediction_is_not_a_duplicate()
    {
        var receiver = new WebhookReceiver(Secret);

        Assert.False((await ReceiveAsync(receiver, """{"id":"p9","status":"processing"}""")).IsDuplicate);
        Assert.False((await ReceiveAsync(receiver, """{"id":"p9","status":"succeeded"}""")).IsDuplicate);
        Assert.True((await ReceiveAsync(receiver, """{"id":"p9","status":"processing"}""")).IsDuplicate);
    }

    [Fact]
    public async Task A_rejected_redelivery_is_not_remembered_so_the_genuine_one_still_counts_as_first()
    {
        var receiver = new WebhookReceiver(Secret);
        var body = """{"id":"p10","status":"failed"}"""u8.ToArray();
        var signature = Signer.Sign(body);
        var forged = signature[..^1] + (signature[^1] == '0' ? "1" : "0");

        await Assert.ThrowsAsync<SkytellsWebhookException>(async () => await receiver.ReceiveAsync(body, forged, TestContext.Token));
        await Assert.ThrowsAsync<SkytellsWebhookException>(async () => await receiver.ReceiveAsync(body, null, TestContext.Token));

        Assert.False((await receiver.ReceiveAsync(body, signature, TestContext.Token)).IsDuplicate);
    }

    private static async Task<WebhookDelivery> ReceiveAsync(WebhookReceiver receiver, string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        return await receiver.ReceiveAsync(body, Signer.Sign(body), TestContext.Token);
    }
}
