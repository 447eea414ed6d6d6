using System.Text;
using System.Text.Json;

namespace Skytells.Tests.Chat;

/// <summary>The hand-written chat completion reader: every documented part, deferred parts, wrong types, the serializer path.</summary>
public sealed class ChatCompletionReaderTests
{
    private const string Full = """
        {"id":"chatcmpl-1","object":"chat.completion","created":"1773759323","model":"deepbrain-router","system_fingerprint":"fp_1",
         "choices":[
           {"index":0,"finish_reason":"tool_calls","logprobs":{"content":[]},
            "message":{"role":"assistant","content":[{"type":"text","text":"Par"},{"type":"text","text":"is"}],"refusal":null,
              "tool_calls":[{"id":"call_1","type":"function","function":{"name":"lookup","arguments":"{\"q\":1}"}}]},
            "content_filter_results":{"hate":{"filtered":false,"severity":"safe"}}},
           {"index":1,"finish_reason":"stop","message":{"role":"assistant","content":"Lyon"},"extra":true}],
         "usage":{"prompt_tokens":28,"completion_tokens":5,"total_tokens":33,"completion_tokens_details":{"reasoning_tokens":2},"prompt_tokens_details":{"cached_tokens":4}},
         "prompt_filter_results":[{"prompt_index":0}],"service_tier":"default"}
        """;

    private static ChatCompletion Read(string json) => ChatCompletionReader.Read(Encoding.UTF8.GetBytes(json))!;

    [Fact]
    public void Every_documented_part_is_read()
    {
        var completion = Read(Full);
        Assert.Equal("chatcmpl-1", completion.Id);
        Assert.Equal("chat.completion", completion.ObjectType);
        Assert.Equal(1773759323, completion.Created);
        Assert.Equal("deepbrain-router", completion.Model);
        Assert.Equal("fp_1", completion.SystemFingerprint);
        Assert.Equal(2, completion.Choices.Count);
        Assert.Equal("Paris", completion.Content);
        var first = completion.Choices[0];
        Assert.Equal("tool_calls", first.FinishReason);
        Assert.Equal("assistant", first.Message!.Role);
        Assert.Equal("lookup", first.Message.ToolCalls[0].Function!.Name);
        Assert.Equal("""{"q":1}""", first.Message.ToolCalls[0].Function!.Arguments);
        Assert.Equal("safe", first.ContentFilterResults!.Value.GetProperty("hate").GetProperty("severity").GetString());
        Assert.Equal(JsonValueKind.Array, first.Logprobs!.Value.GetProperty("content").ValueKind);
        Assert.Equal(1, completion.Choices[1].Index);
        Assert.Null(completion.Choices[1].ContentFilterResults);
        Assert.Equal(33, completion.Usage!.TotalTokens);
        Assert.Equal(2, completion.Usage.CompletionTokensDetails!.Value.GetProperty("reasoning_tokens").GetInt32());
        Assert.Equal(4, completion.Usage.PromptTokensDetails!.Value.GetProperty("cached_tokens").GetInt32());
        Assert.Equal(0, completion.PromptFilterResults!.Value[0].GetProperty("prompt_index").GetInt32());
        Assert.Equal("default", completion.AdditionalProperties!["service_tier"].GetString());
    }

    [Fact]
    public void The_serializer_path_reads_and_writes_the_same()
    {
        var direct = JsonSerializer.Serialize(Read(Full), SkytellsJsonContext.Default.ChatCompletion);
        var throughSerializer = JsonSerializer.Deserialize(Full, SkytellsJsonContext.Default.ChatCompletion)!;
        Assert.Equal(direct, JsonSerializer.Serialize(throughSerializer, SkytellsJsonContext.Default.ChatCompletion));
        Assert.Equal(direct, JsonSerializer.Serialize(Read(direct), SkytellsJsonContext.Default.ChatCompletion));
        Assert.Contains("\"service_tier\":\"default\"", direct, StringComparison.Ordinal);
        Assert.Contains("\"reasoning_tokens\":2", direct, StringComparison.Ordinal);
    }

    [Fact]
    public void Strings_that_recur_between_answers_are_shared()
    {
        var first = Read(Full);
        var second = Read(Full);
        Assert.Same(first.Model, second.Model);
        Assert.Same(first.ObjectType, second.ObjectType);
        Assert.Same(first.Choices[0].FinishReason, second.Choices[0].FinishReason);
    }

    [Theory]
    [InlineData("""{"choices":{}}""")]
    [InlineData("""{"choices":[{"index":"first"}]}""")]
    [InlineData("""{"usage":{"total_tokens":1.5}}""")]
    [InlineData("""{"model":7}""")]
    [InlineData("""{"id":"a\uDC00"}""")]
    [InlineData("""{"id":"a"}x""")]
    public void Malformed_or_mistyped_bodies_fail_as_json_exceptions(string json)
    {
        Assert.ThrowsAny<JsonException>(() => ChatCompletionReader.Read(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void Null_parts_read_as_absent()
    {
        var completion = Read("""{"id":"a","choices":null,"usage":null,"prompt_filter_results":null}""");
        Assert.Empty(completion.Choices);
        Assert.Null(completion.Usage);
        Assert.Null(completion.PromptFilterResults);
        Assert.Null(completion.AdditionalProperties);
    }
}
