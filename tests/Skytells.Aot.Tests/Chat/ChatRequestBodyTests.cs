using System.Text.Json;

namespace Skytells.Tests.Chat;

public sealed class ChatRequestBodyTests
{
    private static ChatCompletionRequest Request => new() { Model = "m", Messages = [ChatMessage.User("hi")], Temperature = 0.5 };

    [Fact]
    public void A_stream_body_is_the_request_plus_the_stream_fields()
    {
        using var document = JsonDocument.Parse(ChatRequestBody.Write(Request, stream: true));
        var root = document.RootElement;
        Assert.Equal("m", root.GetProperty("model").GetString());
        Assert.Equal(0.5, root.GetProperty("temperature").GetDouble());
        Assert.Equal("hi", root.GetProperty("messages")[0].GetProperty("content").GetString());
        Assert.True(root.GetProperty("stream").GetBoolean());
        Assert.True(root.GetProperty("stream_options").GetProperty("include_usage").GetBoolean());
    }

    [Fact]
    public void A_completion_body_has_no_stream_fields()
    {
        using var document = JsonDocument.Parse(ChatRequestBody.Write(Request, stream: false));
        Assert.False(document.RootElement.TryGetProperty("stream", out _));
        Assert.False(document.RootElement.TryGetProperty("stream_options", out _));
    }
}
