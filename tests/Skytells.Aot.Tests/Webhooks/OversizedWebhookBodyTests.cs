using System.Text;

namespace Skytells.Tests.Webhooks;

/// <summary>
/// A sender streaming a 100 MB body is refused by the size limit having been read no further than the limit and one
/// read buffer: neither the verifier nor the receiver hashes or buffers the whole of it.
/// </summary>
public sealed class OversizedWebhookBodyTests
{
    private const string Secret = HostileSignatureTests.Secret;
    private const long HundredMegabytes = 100L * 1000 * 1000;
    private const int Slack = 64 * 1024;
    private static readonly string AnySignature = new('a', 64);

    [Fact]
    public async Task VerifyAsync_refuses_a_100_MB_body_after_reading_little_more_than_its_limit()
    {
        var verifier = new WebhookVerifier(Secret);
        var body = new EndlessBodyStream(HundredMegabytes);

        var error = await Assert.ThrowsAsync<SkytellsWebhookException>(async () => await verifier.VerifyAsync(body, AnySignature, TestContext.Token));

        Assert.Equal(1024 * 1024, verifier.MaxBodyBytes);
        AssertRefusedEarly(error, body, verifier.MaxBodyBytes);
    }

    [Fact]
    public async Task ReceiveAsync_refuses_a_100_MB_body_after_reading_little_more_than_its_limit()
    {
        var store = new InMemoryWebhookIdempotencyStore();
        var receiver = new WebhookReceiver(Secret, store);
        var body = new EndlessBodyStream(HundredMegabytes);

        var error = await Assert.ThrowsAsync<SkytellsWebhookException>(async () => await receiver.ReceiveAsync(body, AnySignature, TestContext.Token));

        Assert.Equal(1024 * 1024, receiver.MaxBodyBytes);
        AssertRefusedEarly(error, body, receiver.MaxBodyBytes);
        Assert.Equal(0, store.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1000)]
    [InlineData(16 * 1024)]
    [InlineData(3 * 1024 * 1024)]
    public async Task A_custom_limit_bounds_the_reading_the_same_way(int limit)
    {
        var forVerifier = new EndlessBodyStream(HundredMegabytes);
        var forReceiver = new EndlessBodyStream(HundredMegabytes);

        var verifierError = await Assert.ThrowsAsync<SkytellsWebhookException>(async () =>
            await new WebhookVerifier(Secret) { MaxBodyBytes = limit }.VerifyAsync(forVerifier, AnySignature, TestContext.Token));
        var receiverError = await Assert.ThrowsAsync<SkytellsWebhookException>(async () =>
            await new WebhookReceiver(Secret) { MaxBodyBytes = limit }.ReceiveAsync(forReceiver, AnySignature, TestContext.Token));

        AssertRefusedEarly(verifierError, forVerifier, limit);
        AssertRefusedEarly(receiverError, forReceiver, limit);
    }

    [Fact]
    public async Task Neither_reads_more_than_one_byte_past_the_limit()
    {
        // The documented promise, tighter than the slack above: one byte past the limit proves the body too large.
        const int Limit = 100_000;
        var forVerifier = new EndlessBodyStream(HundredMegabytes);
        var forReceiver = new EndlessBodyStream(HundredMegabytes);

        await Assert.ThrowsAsync<SkytellsWebhookException>(async () =>
            await new WebhookVerifier(Secret) { MaxBodyBytes = Limit }.VerifyAsync(forVerifier, AnySignature, TestContext.Token));
        await Assert.ThrowsAsync<SkytellsWebhookException>(async () =>
            await new WebhookReceiver(Secret) { MaxBodyBytes = Limit }.ReceiveAsync(forReceiver, AnySignature, TestContext.Token));

        Assert.Equal(Limit + 1, forVerifier.BytesRead);
        Assert.Equal(Limit + 1, forReceiver.BytesRead);
    }

    [Fact]
    public async Task A_body_of_exactly_the_limit_is_accepted_and_one_byte_more_is_refused()
    {
        var body = Encoding.UTF8.GetBytes("""{"id":"p1","status":"succeeded"}""" + new string(' ', 1000));
        var signature = new WebhookVerifier(Secret).Sign(body);

        Assert.True(await new WebhookVerifier(Secret) { MaxBodyBytes = body.Length }.VerifyAsync(new MemoryStream(body), signature, TestContext.Token));
        var delivery = await new WebhookReceiver(Secret) { MaxBodyBytes = body.Length }.ReceiveAsync(new MemoryStream(body), signature, TestContext.Token);
        Assert.Equal("p1", delivery.Event.Prediction.Id);

        var verifierError = await Assert.ThrowsAsync<SkytellsWebhookException>(async () =>
            await new WebhookVerifier(Secret) { MaxBodyBytes = body.Length - 1 }.VerifyAsync(new MemoryStream(body), signature, TestContext.Token));
        var receiverError = await Assert.ThrowsAsync<SkytellsWebhookException>(async () =>
            await new WebhookReceiver(Secret) { MaxBodyBytes = body.Length - 1 }.ReceiveAsync(new MemoryStream(body), signature, TestContext.Token));
        Assert.Equal(SkytellsWebhookException.PayloadTooLargeErrorId, verifierError.ErrorId);
        Assert.Equal(SkytellsWebhookException.PayloadTooLargeErrorId, receiverError.ErrorId);
    }

    [Fact]
    public async Task The_size_limit_is_enforced_before_the_signature_is_looked_at()
    {
        // A missing header is no shortcut past the limit: the answer stays PAYLOAD_TOO_LARGE either way.
        var body = new EndlessBodyStream(HundredMegabytes);

        var error = await Assert.ThrowsAsync<SkytellsWebhookException>(async () => await new WebhookReceiver(Secret).ReceiveAsync(body, null, TestContext.Token));

        AssertRefusedEarly(error, body, 1024 * 1024);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void A_limit_below_one_byte_is_refused(int limit)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WebhookVerifier(Secret) { MaxBodyBytes = limit });
        Assert.Throws<ArgumentOutOfRangeException>(() => new WebhookReceiver(Secret) { MaxBodyBytes = limit });
    }

    private static void AssertRefusedEarly(SkytellsWebhookException error, EndlessBodyStream body, int limit)
    {
        Assert.Equal(SkytellsWebhookException.PayloadTooLargeErrorId, error.ErrorId);
        Assert.Contains($"{limit} bytes", error.Message, StringComparison.Ordinal);
        Assert.True(body.BytesRead > limit, $"refused after only {body.BytesRead} bytes, within the limit of {limit}");
        Assert.True(body.BytesRead <= limit + Slack, $"read {body.BytesRead} bytes for a limit of {limit}");
        SecretAssert.NotShown(Secret, error);
    }
}
