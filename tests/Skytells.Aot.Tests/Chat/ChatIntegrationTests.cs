using System.Text.Json;
using Skytells.Emulator;
using Skytells.Tests.Integration;

namespace Skytells.Tests.Chat;

public sealed class ChatIntegrationTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static ChatCompletionRequest Ask(string text, string model = SkytellsModels.DeepBrainRouter) =>
        new() { Model = model, Messages = [ChatMessage.System("be brief"), ChatMessage.User(text)] };

    [Fact]
    public async Task A_completion_on_edge_returns_the_message_usage_and_rate_limit_headers()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var completion = await client.Edge.Chat.CompleteAsync(Ask("capital of France"), TestContext.Token);

        Assert.False(string.IsNullOrEmpty(completion.Content));
        Assert.Equal("stop", completion.Choices[0].FinishReason);
        Assert.True(completion.Usage!.TotalTokens > 0);
        var request = Assert.Single(fixture.RequestsOf(key));
        Assert.Equal(EmulatorGateway.Edge, request.Gateway);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.False(JsonDocument.Parse(request.Body).RootElement.TryGetProperty("stream", out _));
    }

    [Fact]
    public async Task A_stream_yields_chunks_until_done_and_measures_time_to_first_token()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var stream = client.Edge.Chat.StreamAsync(Ask("tell me about foxes"), cancellationToken: TestContext.Token);
        var chunks = new List<ChatCompletionChunk>();
        await foreach (var chunk in stream)
        {
            chunks.Add(chunk);
        }

        Assert.True(chunks.Count > 2);
        Assert.True(stream.Metrics.CompletedWithDone);
        Assert.Equal(chunks.Count, stream.Metrics.ChunkCount);
        Assert.NotNull(stream.Metrics.TimeToFirstToken);
        Assert.True(stream.Metrics.TimeToFirstToken <= stream.Metrics.Duration);
        Assert.NotNull(chunks[^1].Usage);
        var body = JsonDocument.Parse(Assert.Single(fixture.RequestsOf(key)).Body).RootElement;
        Assert.True(body.GetProperty("stream").GetBoolean());
    }

    [Fact]
    public async Task A_streamed_answer_joins_to_the_same_text_as_a_completion()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var whole = await client.Chat.CompleteAsync(Ask("same words please"), TestContext.Token);
        var joined = await client.Chat.StreamAsync(Ask("same words please"), cancellationToken: TestContext.Token).ToCompletionAsync(TestContext.Token);

        Assert.Equal(whole.Content, joined.Content);
        Assert.Equal(whole.Usage!.TotalTokens, joined.Usage!.TotalTokens);
        Assert.Equal("stop", joined.Choices[0].FinishReason);
    }

    [Fact]
    public async Task Tool_calls_stream_in_fragments_that_join_to_valid_arguments()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var schema = JsonDocument.Parse("""{"type":"object","properties":{"query":{"type":"string"}}}""").RootElement;
        var request = Ask("weather in Paris");
        request.Tools = [ChatTool.ForFunction("search", "web search", schema)];
        var completion = await client.Edge.Chat.StreamAsync(request, cancellationToken: TestContext.Token).ToCompletionAsync(TestContext.Token);

        var call = Assert.Single(completion.Choices[0].Message!.ToolCalls);
        Assert.Equal("search", call.Function!.Name);
        Assert.Equal("tool_calls", completion.Choices[0].FinishReason);
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(call.Function.Arguments!).RootElement.ValueKind);
    }

    [Fact]
    public async Task Keep_alive_comments_and_empty_events_are_skipped()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, StreamKeepAlive = true });
        using var client = fixture.Client(key);
        var plain = await client.Chat.StreamAsync(Ask("hello there"), cancellationToken: TestContext.Token).ToCompletionAsync(TestContext.Token);
        Assert.False(string.IsNullOrEmpty(plain.Content));
    }

    [Fact]
    public async Task A_clean_close_without_done_ends_the_stream_normally()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, StreamOmitDone = true });
        using var client = fixture.Client(key);
        var stream = client.Chat.StreamAsync(Ask("hello there"), cancellationToken: TestContext.Token);
        var completion = await stream.ToCompletionAsync(TestContext.Token);

        Assert.False(stream.Metrics.CompletedWithDone);
        Assert.Equal("stop", completion.Choices[0].FinishReason);
    }

    [Fact]
    public async Task A_dropped_stream_is_a_network_error_after_the_chunks_already_yielded_and_is_not_retried()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, StreamDropAfterChunks = 2, Times = 5 });
        using var client = fixture.Client(key);
        var received = 0;
        var error = await Assert.ThrowsAsync<SkytellsNetworkException>(async () =>
        {
            await foreach (var chunk in client.Chat.StreamAsync(Ask("a long answer with many words"), cancellationToken: TestContext.Token))
            {
                received++;
            }
        });

        Assert.Equal(2, received);
        Assert.Contains("2 chunks", error.Message, StringComparison.Ordinal);
        Assert.Single(await fixture.WaitForRequestsOfAsync(key, 1));
    }

    [Fact]
    public async Task An_error_event_mid_stream_is_a_typed_exception()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, StreamErrorAfterChunks = 1 });
        using var client = fixture.Client(key);
        var error = await Assert.ThrowsAsync<SkytellsServerException>(() =>
            client.Chat.StreamAsync(Ask("a long answer with many words"), cancellationToken: TestContext.Token).ToCompletionAsync(TestContext.Token));
        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, error.StatusCode);
    }

    [Fact]
    public async Task A_429_before_the_stream_is_retried_and_then_streams()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, StatusCode = 429, ErrorId = "RATE_LIMIT_EXCEEDED", RetryAfter = TimeSpan.Zero });
        using var client = fixture.Client(key);
        var completion = await client.Chat.StreamAsync(Ask("hi"), cancellationToken: TestContext.Token).ToCompletionAsync(TestContext.Token);

        Assert.False(string.IsNullOrEmpty(completion.Content));
        Assert.Equal(2, fixture.RequestsOf(key).Count);
    }

    [Fact]
    public async Task A_non_2xx_before_the_stream_is_a_typed_exception_from_the_inference_envelope()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var error = await Assert.ThrowsAsync<SkytellsNotFoundException>(() =>
            client.Chat.StreamAsync(Ask("hi", model: "no-such-chat-model"), cancellationToken: TestContext.Token).ToCompletionAsync(TestContext.Token));
        Assert.Equal("MODEL_NOT_FOUND", error.ErrorId);
        Assert.NotNull(error.RequestId);
    }

    [Fact]
    public async Task A_silent_server_trips_the_idle_timeout()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, StreamStallAfterChunks = 1, StreamStall = TimeSpan.FromSeconds(10) });
        using var client = fixture.Client(key);
        var options = new ChatStreamOptions { IdleTimeout = TimeSpan.FromMilliseconds(300) };
        var error = await Assert.ThrowsAsync<SkytellsTimeoutException>(() =>
            client.Chat.StreamAsync(Ask("a long answer with many words"), options, TestContext.Token).ToCompletionAsync(TestContext.Token));
        Assert.Equal("STREAM_IDLE_TIMEOUT", error.ErrorId);
    }

    [Fact]
    public async Task A_stream_longer_than_the_total_timeout_fails_even_while_tokens_keep_coming()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, ChatInterTokenDelay = TimeSpan.FromMilliseconds(100) });
        using var client = fixture.Client(key);
        var options = new ChatStreamOptions { IdleTimeout = TimeSpan.FromSeconds(10), TotalTimeout = TimeSpan.FromMilliseconds(350) };
        var received = 0;
        var error = await Assert.ThrowsAsync<SkytellsTimeoutException>(async () =>
        {
            await foreach (var chunk in client.Chat.StreamAsync(Ask("one two three four five six seven eight nine ten eleven twelve"), options, TestContext.Token))
            {
                received++;
            }
        });

        Assert.Equal("STREAM_TIMEOUT", error.ErrorId);
        Assert.True(received > 0);
    }

    [Fact]
    public async Task Rate_limit_headers_are_exposed_on_completions_and_streams()
    {
        var key = fixture.NewKey();
        fixture.Emulator.AddApiKey(key, AccountPlan.Business, edgeLimit: EmulatorRateLimit.Tier3);
        using var client = fixture.Client(key);
        var completion = await client.Edge.Chat.CompleteAsync(Ask("hi"), TestContext.Token);
        Assert.Equal(75, completion.RateLimit!.LimitRequests);
        Assert.Equal(74, completion.RateLimit.RemainingRequests);
        Assert.Equal(10, completion.RateLimit.LimitStreams);

        var stream = client.Edge.Chat.StreamAsync(Ask("hi"), cancellationToken: TestContext.Token);
        await stream.ToCompletionAsync(TestContext.Token);
        Assert.Equal(73, stream.Metrics.RateLimit!.RemainingRequests);
    }

    [Fact]
    public async Task Cancellation_stops_the_enumeration_promptly_while_the_server_is_silent()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, StreamStallAfterChunks = 1, StreamStall = TimeSpan.FromSeconds(30) });
        using var client = fixture.Client(key);
        using var cancellation = new CancellationTokenSource();
        var received = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var chunk in client.Chat.StreamAsync(Ask("a long answer with many words"), cancellationToken: cancellation.Token))
            {
                received++;
                cancellation.CancelAfter(TimeSpan.FromMilliseconds(100));
            }
        });

        // The stall is 30 s and the idle timeout 60 s: only the caller's cancellation can have ended this.
        Assert.True(received >= 1);
    }

    [Fact]
    public async Task The_edge_guard_applies_to_chat_before_any_request()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var model = NonConstant(SkytellsModels.TrueFusionPro);
        Assert.Throws<SkytellsEdgeNotSupportedException>(() => client.Edge.Chat.StreamAsync(Ask("hi", model)));
        await Assert.ThrowsAsync<SkytellsEdgeNotSupportedException>(() => client.Edge.Chat.CompleteAsync(Ask("hi", model), TestContext.Token));
        Assert.Empty(fixture.RequestsOf(key));

        static string NonConstant(string value) => value;
    }

    [Fact]
    public async Task A_stream_can_be_enumerated_only_once()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var stream = client.Chat.StreamAsync(Ask("hi"), cancellationToken: TestContext.Token);
        await stream.ToCompletionAsync(TestContext.Token);
        Assert.Throws<InvalidOperationException>(() => stream.GetAsyncEnumerator());
    }
}
