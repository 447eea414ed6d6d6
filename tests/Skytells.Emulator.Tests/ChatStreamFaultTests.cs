using System.Net;
using Skytells.Emulator.Tests.Infrastructure;

namespace Skytells.Emulator.Tests;

public sealed class ChatStreamFaultTests
{
    // "Echo: a b c" streams as 6 chunks: the role, "Echo:", " a", " b", " c", and the finish chunk.
    private const int ChunkCount = 6;

    private static readonly string Body = ChatBodies.User("a b c", stream: true);

    [Fact]
    public async Task Keep_alive_sends_a_comment_line_and_no_empty_event_before_every_chunk()
    {
        await using var host = await EmulatorHost.StartAsync();

        var stream = await ReadWithHeaderAsync(host, "stream-keep-alive");

        Assert.Equal(ChunkCount, CountOf(stream.Raw, ": keep-alive\n"));
        Assert.DoesNotContain(stream.Data, d => d.Length == 0);
        Assert.Equal(ChunkCount, stream.Chunks.Count);
        Assert.Equal("Echo: a b c", stream.Content);
        Assert.True(stream.EndsWithDone);
    }

    [Fact]
    public async Task Omit_done_closes_cleanly_after_the_finish_chunk_without_the_marker()
    {
        await using var host = await EmulatorHost.StartAsync();

        var stream = await ReadWithHeaderAsync(host, "stream-omit-done");

        Assert.Null(stream.Failure);
        Assert.False(stream.EndsWithDone);
        Assert.DoesNotContain("[DONE]", stream.Raw, StringComparison.Ordinal);
        Assert.Equal(ChunkCount, stream.Chunks.Count);
        Assert.Equal("stop", stream.Chunks[^1].GetProperty("choices")[0].GetProperty("finish_reason").GetString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(ChunkCount)]
    public async Task Drop_after_chunks_aborts_the_connection_after_exactly_that_many_chunks(int chunks)
    {
        await using var host = await EmulatorHost.StartAsync();

        var stream = await ReadWithHeaderAsync(host, $"stream-drop-after={chunks}");

        Assert.NotNull(stream.Failure);
        Assert.Equal(chunks, stream.Data.Count);
        Assert.False(stream.EndsWithDone);
        Assert.Equal(200, Assert.Single(host.Emulator.Requests).StatusCode);
        Assert.Equal(0, host.Emulator.GetOpenStreams(EmulatorApiKeys.Business));
    }

    [Fact]
    public async Task Stall_goes_silent_after_the_given_chunks_then_continues()
    {
        await using var host = await EmulatorHost.StartAsync();
        await using var stalled = await OpenChatStream.OpenAsync(host, EmulatorGateway.Edge, Body, headers: Fault("stream-stall-after=2; stream-stall=60s"));

        var received = new[] { await stalled.NextAsync(), await stalled.NextAsync() };
        var third = stalled.NextAsync();
        var brief = await ReadWithHeaderAsync(host, "stream-stall-after=2; stream-stall=20ms");

        Assert.All(received, Assert.NotNull);
        Assert.False(third.IsCompleted);
        Assert.Equal(1, host.Emulator.GetOpenStreams(EmulatorApiKeys.Business));
        Assert.True(brief.EndsWithDone);
        Assert.Equal("Echo: a b c", brief.Content);
    }

    [Fact]
    public async Task Error_after_chunks_sends_an_inference_error_event_and_closes_without_done()
    {
        await using var host = await EmulatorHost.StartAsync();

        var stream = await ReadWithHeaderAsync(host, "stream-error-after=2");

        Assert.Null(stream.Failure);
        Assert.False(stream.EndsWithDone);
        Assert.Equal(3, stream.Data.Count);
        Assert.Equal(2, stream.Chunks.Count);
        var error = stream.Events[^1].GetProperty("error");
        InferenceAssertions.AssertInferenceErrorObject(error, 500, "INFERENCE_ERROR", stream.Headers["x-request-id"]);
        Assert.Equal("server_error", error.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Injected_stream_fault_waits_for_a_streaming_request()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { StreamDropAfterChunks = 1 });

        var plain = await host.PostAsync(EmulatorGateway.Edge, "/chat/completions", ChatBodies.User("a b c"));
        var models = await host.GetAsync(EmulatorGateway.Edge, "/models");
        var dropped = await ChatStream.ReadAsync(host, EmulatorGateway.Edge, Body);
        var next = await ChatStream.ReadAsync(host, EmulatorGateway.Edge, Body);

        plain.AssertOk();
        models.AssertOk();
        Assert.NotNull(dropped.Failure);
        Assert.Single(dropped.Data);
        Assert.True(next.EndsWithDone);
    }

    [Fact]
    public async Task Injected_error_and_keep_alive_rule_with_filters_applies_to_matching_streams_only()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { Gateway = EmulatorGateway.Edge, StreamKeepAlive = true, StreamErrorAfterChunks = 1, Times = 2 });

        var standard = await ChatStream.ReadAsync(host, EmulatorGateway.Standard, Body);
        var edge1 = await ChatStream.ReadAsync(host, EmulatorGateway.Edge, Body);
        var edge2 = await ChatStream.ReadAsync(host, EmulatorGateway.Edge, Body);
        var edge3 = await ChatStream.ReadAsync(host, EmulatorGateway.Edge, Body);

        Assert.True(standard.EndsWithDone);
        Assert.All([edge1, edge2], s =>
        {
            Assert.Single(s.Chunks);
            Assert.True(s.Events[^1].TryGetProperty("error", out _));
            Assert.Contains(": keep-alive", s.Raw, StringComparison.Ordinal);
        });
        Assert.True(edge3.EndsWithDone);
    }

    [Fact]
    public async Task Status_fault_answers_before_the_stream_in_the_inference_envelope_with_retry_after()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { PathContains = "/chat/completions", StatusCode = 429, RetryAfter = TimeSpan.FromSeconds(2) });

        var limited = await host.PostAsync(EmulatorGateway.Edge, "/chat/completions", Body);
        var next = await ChatStream.ReadAsync(host, EmulatorGateway.Edge, Body);

        Assert.Equal("rate_limit_exceeded", limited.AssertInferenceError(HttpStatusCode.TooManyRequests, "RATE_LIMIT_EXCEEDED").GetProperty("code").GetString());
        Assert.Equal("2", limited.Headers["Retry-After"]);
        Assert.True(next.EndsWithDone);
        Assert.Equal([429, 200], host.Emulator.Requests.Select(r => r.StatusCode));
    }

    [Theory]
    [InlineData("stream-drop-after=x")]
    [InlineData("stream-stall-after=2")]
    [InlineData("stream-drop-after=1; stream-error-after=2")]
    [InlineData("status=500; stream-omit-done")]
    [InlineData("ttft=soon")]
    public async Task Invalid_stream_fault_header_is_400_INVALID_REQUEST(string header)
    {
        await using var host = await EmulatorHost.StartAsync();

        var response = await host.SendAsync(HttpMethod.Post, EmulatorGateway.Edge, "/chat/completions", body: Body, headers: Fault(header));

        Assert.Contains("x-emulator-fault", response.AssertInferenceError(HttpStatusCode.BadRequest, "INVALID_REQUEST").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contradictory_stream_fault_rules_are_refused_when_injected()
    {
        await using var host = await EmulatorHost.StartAsync();
        var rules = new[]
        {
            new EmulatorFault { StreamStall = TimeSpan.FromSeconds(1) },
            new EmulatorFault { StreamStallAfterChunks = 1 },
            new EmulatorFault { StreamOmitDone = true, StreamDropAfterChunks = 1 },
            new EmulatorFault { StreamDropAfterChunks = -1 },
            new EmulatorFault { StreamKeepAlive = true, ResetConnection = true },
            new EmulatorFault { ChatInterTokenDelay = TimeSpan.FromSeconds(-1) },
        };

        Assert.All(rules, rule => Assert.Throws<ArgumentException>(() => host.Emulator.InjectFault(rule)));
    }

    [Fact]
    public void Stream_fault_rule_describes_itself()
    {
        var rule = new EmulatorFault { StreamStallAfterChunks = 2, StreamStall = TimeSpan.FromSeconds(3), StreamOmitDone = true };

        Assert.Equal("EmulatorFault { Times = 1, StreamOmitDone = True, StreamStallAfterChunks = 2, StreamStall = 00:00:03, }", rule.ToString());
    }

    private static Task<ChatStream> ReadWithHeaderAsync(EmulatorHost host, string fault) =>
        ChatStream.ReadAsync(host, EmulatorGateway.Edge, Body, headers: Fault(fault));

    private static Dictionary<string, string> Fault(string value) => new() { ["x-emulator-fault"] = value };

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
