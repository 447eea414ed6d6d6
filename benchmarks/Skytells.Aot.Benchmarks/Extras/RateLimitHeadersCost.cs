using Skytells.Benchmarks.Canned;

namespace Skytells.Benchmarks.Extras;

/// <summary>Chat completion whose answer carries the gateway's rate-limit headers, with and without reading <c>RateLimit</c>.</summary>
public sealed class RateLimitHeadersCost : IFeatureCost
{
    private static readonly ChatCompletionRequest Request = new()
    {
        Model = SkytellsModels.DeepBrainRouter,
        Messages = [ChatMessage.User("What is the capital of France?")],
    };

    // Lives as long as the process, like LibraryFixture's client.
    private static readonly SkytellsClient Client = new(
        new SkytellsClientOptions { ApiKey = "sk-bench" },
        new HttpClient(new RateLimitHeaders { InnerHandler = CannedHandler.Shared }, disposeHandler: false));

    public string Operation => "chat completion, RateLimit read";

    public string Buys => "the remaining requests and tokens of the window, typed, without parsing headers by hand";

    public Task RunHandWrittenAsync() => Client.Chat.CompleteAsync(Request);

    public async Task RunLibraryAsync() => _ = (await Client.Chat.CompleteAsync(Request)).RateLimit;

    public IDisposable? Enable() => null;

    /// <summary>Adds the headers the gateway sends with every chat answer (both sides get them; only one reads them).</summary>
    private sealed class RateLimitHeaders : DelegatingHandler
    {
        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = base.Send(request, cancellationToken);
            var headers = response.Headers;
            headers.TryAddWithoutValidation("x-skytells-ratelimit-limit-requests", "75");
            headers.TryAddWithoutValidation("x-skytells-ratelimit-remaining-requests", "74");
            headers.TryAddWithoutValidation("x-skytells-ratelimit-window", "60");
            headers.TryAddWithoutValidation("x-skytells-ratelimit-limit-tokens-in", "200000");
            headers.TryAddWithoutValidation("x-skytells-ratelimit-remaining-tokens-in", "199972");
            return response;
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(Send(request, cancellationToken));
    }
}
