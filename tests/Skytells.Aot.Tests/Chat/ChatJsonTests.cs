using System.Text.Json;

namespace Skytells.Tests.Chat;

public sealed class ChatJsonTests
{
    private static JsonElement Write(ChatCompletionRequest request) =>
        JsonSerializer.SerializeToElement(request, SkytellsJsonContext.Default.ChatCompletionRequest);

    [Fact]
    public void A_request_is_written_in_the_openai_shape()
    {
        var schema = JsonDocument.Parse("""{"type":"object","properties":{"query":{"type":"string"}}}""").RootElement;
        var json = Write(new ChatCompletionRequest
        {
            Model = SkytellsModels.DeepBrainRouter,
            Messages =
            [
                ChatMessage.System("be brief"),
                ChatMessage.User(ChatContentPart.FromText("what is this?"), ChatContentPart.FromImage("https://img.example/cat.png", "low")),
                ChatMessage.Assistant(null, [new ChatToolCall { Id = "call_1", Function = new ChatFunctionCall { Name = "search", Arguments = "{}" } }]),
                ChatMessage.Tool("call_1", "a cat"),
            ],
            MaxTokens = 64,
            Stop = ["\n\n"],
            Tools = [ChatTool.ForFunction("search", "web search", schema)],
            ToolChoice = ChatToolChoice.Function("search"),
            ResponseFormat = ChatResponseFormat.JsonObject,
        });

        Assert.Equal("deepbrain-router", json.GetProperty("model").GetString());
        var messages = json.GetProperty("messages");
        Assert.Equal("be brief", messages[0].GetProperty("content").GetString());
        Assert.Equal("image_url", messages[1].GetProperty("content")[1].GetProperty("type").GetString());
        Assert.Equal("low", messages[1].GetProperty("content")[1].GetProperty("image_url").GetProperty("detail").GetString());
        Assert.Equal(JsonValueKind.Null, messages[2].GetProperty("content").ValueKind);
        Assert.Equal("search", messages[2].GetProperty("tool_calls")[0].GetProperty("function").GetProperty("name").GetString());
        Assert.Equal("call_1", messages[3].GetProperty("tool_call_id").GetString());
        Assert.Equal(64, json.GetProperty("max_tokens").GetInt32());
        Assert.Equal("\n\n", json.GetProperty("stop")[0].GetString());
        Assert.Equal("object", json.GetProperty("tools")[0].GetProperty("function").GetProperty("parameters").GetProperty("type").GetString());
        Assert.Equal("search", json.GetProperty("tool_choice").GetProperty("function").GetProperty("name").GetString());
        Assert.Equal("json_object", json.GetProperty("response_format").GetProperty("type").GetString());
        Assert.False(json.TryGetProperty("temperature", out _));
    }

    [Theory]
    [InlineData("none")]
    [InlineData("auto")]
    [InlineData("required")]
    public void Tool_choice_modes_are_written_as_strings(string mode)
    {
        var choice = mode switch { "none" => ChatToolChoice.None, "auto" => ChatToolChoice.Auto, _ => ChatToolChoice.Required };
        var json = Write(new ChatCompletionRequest { Model = "m", Messages = [ChatMessage.User("x")], ToolChoice = choice });
        Assert.Equal(mode, json.GetProperty("tool_choice").GetString());
    }

    [Fact]
    public void A_completion_is_read_with_content_filters_and_usage()
    {
        var completion = JsonSerializer.Deserialize("""
            {"id":"chatcmpl-1","object":"chat.completion","created":1773759323,"model":"deepbrain-router","system_fingerprint":"fp_1",
             "choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"Paris","refusal":null,"annotations":[]},
               "content_filter_results":{"hate":{"filtered":false,"severity":"safe"}}}],
             "usage":{"prompt_tokens":28,"completion_tokens":5,"total_tokens":33,"completion_tokens_details":{"reasoning_tokens":0}},
             "prompt_filter_results":[{"prompt_index":0}],"service_tier":"default"}
            """, SkytellsJsonContext.Default.ChatCompletion)!;
        Assert.Equal("Paris", completion.Content);
        Assert.Equal("chat.completion", completion.ObjectType);
        Assert.Equal(33, completion.Usage!.TotalTokens);
        Assert.Equal("safe", completion.Choices[0].ContentFilterResults!.Value.GetProperty("hate").GetProperty("severity").GetString());
        Assert.Equal("default", completion.AdditionalProperties!["service_tier"].GetString());
    }
}
