using Skytells.Emulator;

namespace Skytells.Tests.RateLimiting;

public sealed class TierLimitIntegrationTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_tier_3_client_keeps_200_requests_and_30_streams_within_the_gateway_limits()
    {
        // Tier 3 limits (75 requests per window, 10 concurrent streams) with a one-second window so the test is quick.
        await using var emulator = await SkytellsEmulator.StartAsync(new EmulatorOptions
        {
            ModelLatency = { [SkytellsModels.TrueFusionEdge] = TimeSpan.FromMilliseconds(5) },
            ChatTimeToFirstToken = TimeSpan.FromMilliseconds(20),
            ChatInterTokenDelay = TimeSpan.FromMilliseconds(15),
        });
        const string key = "sk-tier3-business";

        // The gateway enforces Tier 3's request rate; its stream cap is raised to 30 so that a client exceeding
        // 10 open streams would be seen in the peak rather than hidden behind 429s and retries.
        emulator.AddApiKey(key, AccountPlan.Business, edgeLimit: EmulatorRateLimit.Tier3 with { Window = Window, ConcurrentStreams = 30 });
        using var client = new SkytellsClient(new SkytellsClientOptions
        {
            ApiKey = key,
            Gateway = SkytellsGateway.Edge,
            StandardEndpoint = emulator.StandardBaseUrl,
            EdgeEndpoint = emulator.EdgeBaseUrl,
            EdgeRateLimits = SkytellsRateLimitOptions.ForTier(SkytellsRateTier.Tier3, Window),
        });

        var requests = Enumerable.Range(0, 200).Select(i =>
            client.Predictions.CreateAsync(SkytellsModels.TrueFusionEdge, new ImageInput { Prompt = $"frame {i}", Width = 512, Height = 512, NumInferenceSteps = 4 }, cancellationToken: TestContext.Token));
        var streams = Enumerable.Range(0, 30).Select(i =>
            client.Chat.StreamAsync(
                new ChatCompletionRequest { Model = SkytellsModels.DeepBrainRouter, Messages = [ChatMessage.User($"stream number {i} tell me a story about rate limits")] },
                cancellationToken: TestContext.Token).ToCompletionAsync(TestContext.Token));

        var predictions = await Task.WhenAll(requests);
        var completions = await Task.WhenAll(streams);

        Assert.All(predictions, p => Assert.Equal(PredictionStatus.Succeeded, p.Status));
        Assert.All(completions, c => Assert.False(string.IsNullOrEmpty(c.Content)));
        Assert.InRange(emulator.GetMaxConcurrentStreams(key), 1, 10);
        Assert.Equal(0, emulator.GetOpenStreams(key));

        // Without the client's request limiter about 150 of the 230 requests would be refused at once. The client's
        // window carries a jitter allowance so its admitted bursts do not straddle the gateway's window; a refusal that
        // still happens is retried, so a few are tolerated.
        Assert.InRange(emulator.Requests.Count(r => r.StatusCode == 429), 0, 10);
    }

    [Fact]
    public async Task Without_client_limits_the_gateway_refuses_the_eleventh_concurrent_stream()
    {
        await using var emulator = await SkytellsEmulator.StartAsync(new EmulatorOptions
        {
            ChatTimeToFirstToken = TimeSpan.FromMilliseconds(20),
            ChatInterTokenDelay = TimeSpan.FromMilliseconds(50),
        });
        const string key = "sk-tier3-unlimited-client";
        emulator.AddApiKey(key, AccountPlan.Business, edgeLimit: new EmulatorRateLimit { RequestsPerWindow = 1000, ConcurrentStreams = 10, Window = Window });
        var options = new SkytellsClientOptions
        {
            ApiKey = key,
            Gateway = SkytellsGateway.Edge,
            StandardEndpoint = emulator.StandardBaseUrl,
            EdgeEndpoint = emulator.EdgeBaseUrl,
        };
        options.Retry.MaxRetries = 0;
        using var client = new SkytellsClient(options);

        var streams = Enumerable.Range(0, 15).Select(async i =>
        {
            try
            {
                await client.Chat.StreamAsync(
                    new ChatCompletionRequest { Model = SkytellsModels.DeepBrainRouter, Messages = [ChatMessage.User($"stream {i} with quite a few words in the answer")] },
                    cancellationToken: TestContext.Token).ToCompletionAsync(TestContext.Token);
                return (Exception?)null;
            }
            catch (SkytellsRateLimitException error)
            {
                return error;
            }
        });
        var outcomes = await Task.WhenAll(streams);

        var refused = outcomes.OfType<SkytellsRateLimitException>().ToList();
        Assert.NotEmpty(refused);
        Assert.All(refused, e => Assert.True(e.RetryAfter >= TimeSpan.FromSeconds(1)));
        Assert.Equal(10, emulator.GetMaxConcurrentStreams(key));
    }
}
