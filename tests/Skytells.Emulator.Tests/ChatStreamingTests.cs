using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Skytells.Emulator.Tests.Infrastructure;

namespace Skytells.Emulator.Tests;

public sealed class ChatStreamingTests
{
    [Theory]
    [InlineData(EmulatorGateway.Standard)]
    [InlineData(EmulatorGateway.Edge)]
    public async Task Stream_sends_role_then_a_chunk_per_word_then_finish_then_done(EmulatorGateway gateway)
    {
        await using var host = await EmulatorHost.StartAsync();

        var stream = await ChatStream.ReadAsync(host, gateway, ChatBodies.User("hello streaming world", stream: true));

        Assert.Equal(HttpStatusCode.OK, stream.Status);
        Assert.Equal("text/event-stream", stream.ContentType);
        Assert.Equal("no-cache", stream.Headers["Cache-Control"]);
        Assert.Null(stream.Failure);
        Assert.True(stream.EndsWithDone, stream.ToString());
        Assert.StartsWith("data: {", stream.Raw, StringComparison.Ordinal);
        Assert.EndsWith("\n\ndata: [DONE]\n\n", stream.Raw, StringComparison.Ordinal);

        var chunks = stream.Chunks;
        Assert.Equal(6, chunks.Count); // role, "Echo:", " hello", " streaming", " world", finish
        var id = chunks[0].GetProperty("id").GetString();
        Assert.StartsWith("chatcmpl-", id, StringComparison.Ordinal);
        Assert.All(chunks, c =>
        {
            Assert.Equal(id, c.GetProperty("id").GetString());
            Assert.Equal("chat.completion.chunk", c.GetProperty("object").GetString());
            Assert.Equal(SkytellsModels.DeepBrainRouter, c.GetProperty("model").GetString());
        });

        var first = Delta(chunks[0]);
        Assert.Equal("assistant", first.GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("content").ValueKind);
        Assert.Equal(["Echo:", " hello", " streaming", " world"], chunks.Skip(1).Take(4).Select(c => Delta(c).GetProperty("content").GetString()));
        Assert.Equal("Echo: hello streaming world", stream.Content);
        Assert.All(chunks.Take(5), c =>
        {
            Assert.Equal(JsonValueKind.Null, c.GetProperty("choices")[0].GetProperty("finish_reason").ValueKind);
            Assert.False(c.TryGetProperty("usage", out _));
        });

        var last = chunks[^1];
        Assert.Empty(Delta(last).EnumerateObject());
        Assert.Equal("stop", last.GetProperty("choices")[0].GetProperty("finish_reason").GetString());
        Assert.False(last.TryGetProperty("usage", out _), "usage is sent only when stream_options.include_usage asks for it");
    }

    [Fact]
    public async Task Include_usage_adds_a_last_chunk_with_no_choices_and_the_usage()
    {
        await using var host = await EmulatorHost.StartAsync();
        var body = ChatBodies.User("hello streaming world", stream: true, extra: b => b["stream_options"] = new JsonObject { ["include_usage"] = true });

        var stream = await ChatStream.ReadAsync(host, EmulatorGateway.Edge, body);

        var chunks = stream.Chunks;
        Assert.Equal(7, chunks.Count); // role, four words, finish, usage
        Assert.Equal("stop", chunks[^2].GetProperty("choices")[0].GetProperty("finish_reason").GetString());
        Assert.False(chunks[^2].TryGetProperty("usage", out _));
        Assert.Equal(0, chunks[^1].GetProperty("choices").GetArrayLength());
        var usage = chunks[^1].GetProperty("usage");
        Assert.Equal(3, usage.GetProperty("prompt_tokens").GetInt32());
        Assert.Equal(4, usage.GetProperty("completion_tokens").GetInt32());
        Assert.Equal(7, usage.GetProperty("total_tokens").GetInt32());
        Assert.True(stream.EndsWithDone);
    }

    [Fact]
    public async Task N_streams_every_step_once_per_choice_index()
    {
        await using var host = await EmulatorHost.StartAsync();
        var body = ChatBodies.User("hello streaming world", stream: true, extra: b =>
        {
            b["n"] = 2;
            b["stream_options"] = new JsonObject { ["include_usage"] = true };
        });

        var chunks = (await ChatStream.ReadAsync(host, EmulatorGateway.Standard, body)).Chunks;

        Assert.Equal(13, chunks.Count); // (role, four words, finish) for each of two choices, then usage
        var steps = chunks.SkipLast(1).ToList();
        Assert.Equal(Enumerable.Range(0, 12).Select(i => i % 2), steps.Select(c => c.GetProperty("choices")[0].GetProperty("index").GetInt32()));
        foreach (var index in new[] { 0, 1 })
        {
            var text = string.Concat(steps
                .Where(c => c.GetProperty("choices")[0].GetProperty("index").GetInt32() == index)
                .Select(c => Delta(c).TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String ? content.GetString() : ""));
            Assert.Equal("Echo: hello streaming world", text);
        }

        Assert.Equal(8, chunks[^1].GetProperty("usage").GetProperty("completion_tokens").GetInt32());
    }

    [Fact]
    public async Task Include_usage_must_be_a_boolean()
    {
        await using var host = await EmulatorHost.StartAsync();
        var body = ChatBodies.User("hi", stream: true, extra: b => b["stream_options"] = new JsonObject { ["include_usage"] = "yes" });

        var response = await host.PostAsync(EmulatorGateway.Standard, "/chat/completions", body);

        Assert.Equal("stream_options.include_usage", response.AssertInferenceError(HttpStatusCode.BadRequest, "INVALID_PARAMETER").GetProperty("param").GetString());
    }

    [Fact]
    public async Task Stream_query_parameter_asks_for_a_stream_too()
    {
        await using var host = await EmulatorHost.StartAsync();

        var stream = await ChatStream.ReadAsync(host, EmulatorGateway.Edge, ChatBodies.User("hi"), path: "/chat/completions?stream=true");

        Assert.Equal("text/event-stream", stream.ContentType);
        Assert.True(stream.EndsWithDone);
        Assert.Equal("Echo: hi", stream.Content);
    }

    [Fact]
    public async Task Streamed_tool_call_names_the_function_first_then_sends_the_arguments_in_fragments()
    {
        await using var host = await EmulatorHost.StartAsync();
        var body = ChatBodies.User("weather in Paris", stream: true, extra: b =>
        {
            b["tools"] = ChatBodies.Tools("weather");
            b["stream_options"] = new JsonObject { ["include_usage"] = true };
        });

        var chunks = (await ChatStream.ReadAsync(host, EmulatorGateway.Edge, body)).Chunks;

        var header = Delta(chunks[1]).GetProperty("tool_calls")[0];
        Assert.Equal(0, header.GetProperty("index").GetInt32());
        Assert.StartsWith("call_", header.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("function", header.GetProperty("type").GetString());
        Assert.Equal("weather", header.GetProperty("function").GetProperty("name").GetString());
        Assert.Equal(string.Empty, header.GetProperty("function").GetProperty("arguments").GetString());

        var fragments = chunks.Skip(2).SkipLast(2).Select(c => Delta(c).GetProperty("tool_calls")[0]).ToList();
        Assert.True(fragments.Count >= 2, $"Expected the arguments in several fragments, got {fragments.Count}.");
        Assert.All(fragments, f => Assert.False(f.TryGetProperty("id", out _)));
        using var arguments = JsonDocument.Parse(string.Concat(fragments.Select(f => f.GetProperty("function").GetProperty("arguments").GetString())));
        Assert.Equal("weather in Paris", arguments.RootElement.GetProperty("query").GetString());

        Assert.Equal("tool_calls", chunks[^2].GetProperty("choices")[0].GetProperty("finish_reason").GetString());
        Assert.Equal(fragments.Count, chunks[^1].GetProperty("usage").GetProperty("completion_tokens").GetInt32());
    }

    [Fact]
    public async Task Streamed_max_tokens_ends_with_finish_reason_length()
    {
        await using var host = await EmulatorHost.StartAsync();
        var body = ChatBodies.User("one two three", stream: true, extra: b => b["max_tokens"] = 2);

        var stream = await ChatStream.ReadAsync(host, EmulatorGateway.Standard, body);

        Assert.Equal("Echo: one", stream.Content);
        Assert.Equal("length", stream.Chunks[^1].GetProperty("choices")[0].GetProperty("finish_reason").GetString());
    }

    [Fact]
    public async Task Live_reading_ends_at_done_and_then_the_stream_closes_cleanly()
    {
        await using var host = await EmulatorHost.StartAsync();
        await using var stream = await OpenChatStream.OpenAsync(host, EmulatorGateway.Edge, ChatBodies.User("a b", stream: true));

        var data = new List<string>();
        while (await stream.NextAsync() is { } next)
        {
            data.Add(next);
        }

        Assert.Equal(6, data.Count); // role, "Echo:", " a", " b", finish, [DONE]
        Assert.Equal("[DONE]", data[^1]);
    }

    [Fact]
    public async Task Streams_are_recorded_with_the_status_answered()
    {
        await using var host = await EmulatorHost.StartAsync();
        var body = ChatBodies.User("hi", stream: true);

        await ChatStream.ReadAsync(host, EmulatorGateway.Edge, body);

        var record = Assert.Single(host.Emulator.Requests);
        Assert.Equal("/v1/chat/completions", record.Path);
        Assert.Equal(body, record.Body);
        Assert.Equal(200, record.StatusCode);
    }

    [Fact]
    public async Task A_finished_stream_has_released_its_slot_so_sequential_streams_peak_at_one()
    {
        await using var host = await EmulatorHost.StartAsync();

        for (var i = 0; i < 3; i++)
        {
            Assert.True((await ChatStream.ReadAsync(host, EmulatorGateway.Edge, ChatBodies.User("hi", stream: true))).EndsWithDone);
            Assert.Equal(0, host.Emulator.GetOpenStreams(EmulatorApiKeys.Business));
        }

        Assert.Equal(1, host.Emulator.GetMaxConcurrentStreams(EmulatorApiKeys.Business));
        Assert.Equal(0, host.Emulator.GetMaxConcurrentStreams(EmulatorApiKeys.Enterprise));
    }

    [Fact]
    public async Task Slow_time_to_first_token_option_holds_the_first_chunk_and_the_header_can_override_it()
    {
        await using var host = await EmulatorHost.StartAsync(o =>
        {
            o.TimeScale = 1;
            o.ChatTimeToFirstToken = TimeSpan.FromMinutes(1);
        });
        await using var slow = await OpenChatStream.OpenAsync(host, EmulatorGateway.Edge, ChatBodies.User("hi", stream: true));
        var firstChunk = slow.NextAsync();

        // The header override (not scaled) lets this stream finish while the other still waits for its first chunk.
        var fast = await ChatStream.ReadAsync(
            host, EmulatorGateway.Edge, ChatBodies.User("hi", stream: true), headers: new Dictionary<string, string> { ["x-emulator-fault"] = "ttft=0; inter-token-delay=0" });

        Assert.True(fast.EndsWithDone);
        Assert.False(firstChunk.IsCompleted);
        Assert.Equal(HttpStatusCode.OK, slow.Status);
    }

    [Fact]
    public async Task Inter_token_delay_applies_after_the_first_token()
    {
        await using var host = await EmulatorHost.StartAsync();
        var headers = new Dictionary<string, string> { ["x-emulator-fault"] = "ttft=0; inter-token-delay=60s" };
        await using var stream = await OpenChatStream.OpenAsync(host, EmulatorGateway.Edge, ChatBodies.User("one two", stream: true), headers: headers);

        var role = await stream.NextAsync();
        var firstToken = await stream.NextAsync();
        var second = stream.NextAsync();
        (await host.GetAsync(EmulatorGateway.Edge, "/models")).AssertOk();

        Assert.Contains("\"role\":\"assistant\"", role, StringComparison.Ordinal);
        Assert.Contains("\"content\":\"Echo:\"", firstToken, StringComparison.Ordinal);
        Assert.False(second.IsCompleted);
    }

    private static JsonElement Delta(JsonElement chunk) => chunk.GetProperty("choices")[0].GetProperty("delta");
}
