namespace Skytells.Tests.Fuzzing;

/// <summary>
/// Mutated delivery bodies never make <see cref="WebhookEventParser.Parse"/> throw anything but
/// <see cref="SkytellsWebhookException"/>, and never hang it.
/// </summary>
public sealed class WebhookEventParserFuzzTests
{
    private const int Cases = 2_000;

    [Fact]
    public async Task Mutated_bodies_parse_or_fail_only_with_a_webhook_exception() =>
        await FuzzRun.CheckAsync(JsonMutations.Of(WebhookCorpus.All), Cases, body =>
        {
            try
            {
                var parsed = WebhookEventParser.Parse(body);
                Assert.False(string.IsNullOrEmpty(parsed.Prediction.Id));
                Assert.StartsWith("prediction.", parsed.Type, StringComparison.Ordinal);
            }
            catch (SkytellsWebhookException rejection)
            {
                Assert.Equal(SkytellsWebhookException.InvalidJsonErrorId, rejection.ErrorId);
            }
            catch (Exception other) when (other is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"{other.GetType().FullName} escaped, where only {nameof(SkytellsWebhookException)} may: {other.Message}");
            }

            return ValueTask.CompletedTask;
        });

    [Fact]
    public void Every_corpus_entry_is_a_valid_delivery()
    {
        // Mutations are only meaningful against input the parser accepts to begin with.
        foreach (var body in WebhookCorpus.All)
        {
            Assert.False(string.IsNullOrEmpty(WebhookEventParser.Parse(body).Prediction.Id));
        }
    }
}
