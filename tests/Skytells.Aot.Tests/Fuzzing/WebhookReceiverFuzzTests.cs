namespace Skytells.Tests.Fuzzing;

/// <summary>
/// Mutated bodies, each correctly signed so they get past the signature to the parser and the store, never make
/// <see cref="WebhookReceiver.ReceiveAsync(Stream, string?, CancellationToken)"/> throw anything but
/// <see cref="SkytellsWebhookException"/>.
/// </summary>
public sealed class WebhookReceiverFuzzTests
{
    private const int Cases = 2_000;
    private const string Secret = "whsec_fuzz_unit_secret_41c9";

    [Fact]
    public async Task Correctly_signed_mutated_bodies_are_received_or_refused_only_with_a_webhook_exception()
    {
        var signer = new WebhookVerifier(Secret);
        var receiver = new WebhookReceiver(Secret, new InMemoryWebhookIdempotencyStore(capacity: 64));

        await FuzzRun.CheckAsync(JsonMutations.Of(WebhookCorpus.All), Cases, async body =>
        {
            try
            {
                var delivery = await receiver.ReceiveAsync(new MemoryStream(body), signer.Sign(body), TestContext.Token);
                Assert.False(string.IsNullOrEmpty(delivery.Event.Prediction.Id));
            }
            catch (SkytellsWebhookException rejection)
            {
                // A valid signature is never the reason: only the body can be.
                Assert.NotEqual(SkytellsWebhookException.SignatureInvalidErrorId, rejection.ErrorId);
                Assert.DoesNotContain(Secret, rejection.ToString(), StringComparison.Ordinal);
            }
            catch (Exception other) when (other is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"{other.GetType().FullName} escaped, where only {nameof(SkytellsWebhookException)} may: {other.Message}");
            }
        });
    }
}
