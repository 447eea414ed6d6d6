using System.Text.Json;

namespace Skytells.Tests.Chat;

public sealed class ChatCompletionAccumulatorTests
{
    private static ChatCompletionChunk Chunk(string json) => JsonSerializer.Deserialize(json, SkytellsJsonContext.Default.ChatCompletionChunk)!;

    [Fact]
    public void Joins_content_and_keeps_finish_reason_usage_and_ids()
    {
        var accumulator = new ChatCompletionAccumulator();
        accumulator.Add(Chunk("""{"id":"c1","model":"deepbrain-router","created":7,"choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}"""));
        accumulator.Add(Chunk("""{"id":"c1","choices":[{"index":0,"delta":{"content":"Hel"}}]}"""));
        accumulator.Add(Chunk("""{"id":"c1","choices":[{"index":0,"delta":{"content":"lo"}}]}"""));
        accumulator.Add(Chunk("""{"id":"c1","choices":[{"index":0,"delta":{},"finish_reason":"stop"}],"usage":{"prompt_tokens":5,"completion_tokens":2,"total_tokens":7}}"""));

        var completion = accumulator.ToCompletion();
        Assert.Equal("c1", completion.Id);
        Assert.Equal("deepbrain-router", completion.Model);
        Assert.Equal(7, completion.Created);
        Assert.Equal("Hello", completion.Content);
        Assert.Equal("assistant", completion.Choices[0].Message!.Role);
        Assert.Equal("stop", completion.Choices[0].FinishReason);
        Assert.Equal(7, completion.Usage!.TotalTokens);
    }

    [Fact]
    public void Joins_tool_call_argument_fragments_per_index()
    {
        var accumulator = new ChatCompletionAccumulator();
        accumulator.Add(Chunk("""{"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"search","arguments":""}},{"index":1,"id":"call_2","function":{"name":"lookup","arguments":"{\"a\""}}]}}]}"""));
        accumulator.Add(Chunk("""{"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"query\":"}}]}}]}"""));
        accumulator.Add(Chunk("""{"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"\"fox\"}"}},{"index":1,"function":{"arguments":":1}"}}]},"finish_reason":"tool_calls"}]}"""));

        var message = accumulator.ToCompletion().Choices[0].Message!;
        Assert.Null(message.Content);
        Assert.Equal(2, message.ToolCalls.Count);
        Assert.Equal("call_1", message.ToolCalls[0].Id);
        Assert.Equal("search", message.ToolCalls[0].Function!.Name);
        Assert.Equal("""{"query":"fox"}""", message.ToolCalls[0].Function!.Arguments);
        Assert.Equal("""{"a":1}""", message.ToolCalls[1].Function!.Arguments);
        Assert.Equal("query", JsonDocument.Parse(message.ToolCalls[0].Function!.Arguments!).RootElement.EnumerateObject().Single().Name);
    }

    [Fact]
    public void Keeps_choices_apart_and_reads_content_sent_as_parts()
    {
        var accumulator = new ChatCompletionAccumulator();
        accumulator.Add(Chunk("""{"choices":[{"index":1,"delta":{"content":[{"text":"B"}]}},{"index":0,"delta":{"content":"A"}}]}"""));
        accumulator.Add(Chunk("""{"choices":[{"index":0,"delta":{"content":"a"}},{"index":1,"delta":{"content":[{"type":"text","text":"b"}]}}]}"""));

        var completion = accumulator.ToCompletion();
        Assert.Equal(["Aa", "Bb"], completion.Choices.Select(c => c.Message!.Content));
        Assert.Equal([0, 1], completion.Choices.Select(c => c.Index));
    }
}
