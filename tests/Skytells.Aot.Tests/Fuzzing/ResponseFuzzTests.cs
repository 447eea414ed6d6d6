using System.Net.Http.Headers;
using System.Text;
using Skytells.Emulator;
using Skytells.Tests.Integration;

namespace Skytells.Tests.Fuzzing;

/// <summary>
/// Mutations of the emulator's real answers, served back over HTTP for each response and stream parser of the client
/// (prediction, page, chat completion, chat stream, error envelopes): only <see cref="SkytellsException"/> escapes,
/// and no case hangs.
/// </summary>
public sealed class ResponseFuzzTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const int Cases = 300;

    private static ChatCompletionRequest Ask => new() { Model = SkytellsModels.DeepBrainRouter, Messages = [ChatMessage.User("one two three four five")] };

    [Fact]
    public Task Prediction_reads() => FuzzAsync("GET", "/predictions/", "/v1/predictions/{id}", static (client, id) => client.Predictions.GetAsync(id, TestContext.Token));

    [Fact]
    public Task Prediction_creates() => FuzzAsync("POST", "/predictions", "/v1/predictions", static (client, _) =>
        client.Predictions.CreateAsync(SkytellsModels.TrueFusion, new ImageInput { Prompt = "x" }, cancellationToken: TestContext.Token));

    [Fact]
    public Task Prediction_pages() => FuzzAsync("GET", "/predictions", "/v1/predictions?page=1", static (client, _) =>
        client.Predictions.ListPageAsync(cancellationToken: TestContext.Token));

    [Fact]
    public Task Chat_completions() => FuzzAsync("POST", "/chat/completions", "/v1/chat/completions", static (client, _) =>
        client.Chat.CompleteAsync(Ask, TestContext.Token));

    [Fact]
    public Task Chat_streams() => FuzzAsync("POST", "/chat/completions", "/v1/chat/completions?stream", static (client, _) =>
        client.Chat.StreamAsync(Ask, new ChatStreamOptions { IdleTimeout = TimeSpan.FromSeconds(5) }, TestContext.Token).ToCompletionAsync(TestContext.Token), sse: true);

    [Fact]
    public async Task Error_envelopes()
    {
        var key = fixture.NewKey();
        using var http = Raw(key);

        // Real error answers of both envelopes: a REST 404 and an inference-style chat 404.
        var corpus = new[]
        {
            await (await http.GetAsync(new Uri(fixture.Emulator.StandardBaseUrl + "/predictions/missing"), TestContext.Token)).Content.ReadAsByteArrayAsync(TestContext.Token),
            await (await http.PostAsync(new Uri(fixture.Emulator.StandardBaseUrl + "/chat/completions"), Json("""{"model":"no-such-model","messages":[{"role":"user","content":"x"}]}"""), TestContext.Token)).Content.ReadAsByteArrayAsync(TestContext.Token),
        };
        Assert.All(corpus, body => Assert.Contains("error", Encoding.UTF8.GetString(body), StringComparison.Ordinal));

        var statuses = new[] { 400, 401, 403, 404, 422, 429, 500, 503 };
        var index = 0;
        using var client = Client(key);
        await FuzzRun.CheckAsync(JsonMutations.Of(corpus), Cases, async body =>
        {
            var status = statuses[index++ % statuses.Length];
            Assert.True(await ServeAsync(key, "GET", "/predictions/", new EmulatorFault { BodyStatusCode = status, Body = body }, () => client.Predictions.GetAsync("some-id", TestContext.Token), mustFail: true));
        });
    }

    private async Task FuzzAsync(string method, string path, string target, Func<SkytellsClient, string, Task> call, bool sse = false)
    {
        var key = fixture.NewKey();
        using var client = Client(key);
        var existing = await client.Predictions.CreateAsync(SkytellsModels.TrueFusion, new ImageInput { Prompt = "seed" }, cancellationToken: TestContext.Token);
        var corpus = await CaptureAsync(key, target.Replace("{id}", existing.Id, StringComparison.Ordinal), method, sse);
        var mutations = sse ? SseMutations.Of(corpus) : JsonMutations.Of(corpus);
        var refused = 0;
        var before = fixture.RequestsOf(key).Count;
        await FuzzRun.CheckAsync(mutations, Cases, async body =>
        {
            if (await ServeAsync(key, method, path, new EmulatorFault { Body = body, BodyContentType = sse ? "text/event-stream" : null }, () => call(client, existing.Id), mustFail: false))
            {
                refused++;
            }
        });

        // Not vacuous: the batch holds answers the client reads and answers it refuses.
        Assert.InRange(refused, 1, Cases - 1);
        Assert.Equal(Cases, (await fixture.WaitForRequestsOfAsync(key, before + Cases)).Count - before);
    }

    /// <summary>Answers the next matching request with <paramref name="fault"/> and checks how the call ends; true when it failed.</summary>
    private async Task<bool> ServeAsync(string key, string method, string path, EmulatorFault fault, Func<Task> call, bool mustFail)
    {
        fault.ApiKey = key;
        fault.Method = method;
        fault.PathContains = path;
        fixture.Emulator.ClearFaults();
        fixture.Emulator.InjectFault(fault);
        try
        {
            await call();
            Assert.False(mustFail, "An error answer was taken for a success.");
            return false;
        }
        catch (SkytellsException error)
        {
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
            Assert.DoesNotContain(key, error.ToString(), StringComparison.Ordinal);
            return true;
        }
        catch (Exception other) when (other is not Xunit.Sdk.XunitException)
        {
            Assert.Fail($"{other.GetType().FullName} escaped, where only {nameof(SkytellsException)} may: {other}");
            return true;
        }
    }

    /// <summary>The emulator's own answer to one request, as the bytes of the corpus.</summary>
    private async Task<byte[]> CaptureAsync(string key, string target, string method, bool sse)
    {
        using var http = Raw(key);
        var uri = new Uri(fixture.Emulator.StandardBaseUrl.GetLeftPart(UriPartial.Authority) + target.Replace("?stream", string.Empty, StringComparison.Ordinal));
        using var request = new HttpRequestMessage(new HttpMethod(method), uri);
        if (method == "POST")
        {
            request.Content = target.Contains("chat", StringComparison.Ordinal)
                ? Json($$$"""{"model":"{{{SkytellsModels.DeepBrainRouter}}}","stream":{{{(sse ? "true" : "false")}}},"messages":[{"role":"user","content":"one two three"}]}""")
                : Json($$$"""{"model":"{{{SkytellsModels.TrueFusion}}}","input":{"prompt":"x"}}""");
        }

        using var response = await http.SendAsync(request, TestContext.Token);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync(TestContext.Token);
        Assert.NotEmpty(body);
        return body;
    }

    private SkytellsClient Client(string key)
    {
        var options = fixture.Options(key);
        options.Retry.MaxRetries = 0;
        options.RequestTimeout = TimeSpan.FromSeconds(10);
        return new SkytellsClient(options);
    }

    private static HttpClient Raw(string key)
    {
        var http = new HttpClient();
        http.DefaultRequestHeaders.Add("x-api-key", key);
        return http;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
}
