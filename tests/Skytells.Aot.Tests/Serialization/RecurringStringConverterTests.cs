using System.Text.Json;

namespace Skytells.Tests.Serialization;

public sealed class RecurringStringConverterTests
{
    private static ChatCompletionChunk Parse(string json) => JsonSerializer.Deserialize(json, SkytellsJsonContext.Default.ChatCompletionChunk)!;

    [Fact]
    public void Values_that_recur_across_chunks_are_one_instance()
    {
        var first = Parse("""{"id":"chatcmpl-r1","object":"chat.completion.chunk","model":"deepbrain-router","choices":[{"index":0,"delta":{"content":"a"}}]}""");
        var second = Parse("""{"id":"chatcmpl-r1","object":"chat.completion.chunk","model":"deepbrain-router","choices":[{"index":0,"delta":{"content":"b"}}]}""");

        Assert.Same(first.Id, second.Id);
        Assert.Same(first.ObjectType, second.ObjectType);
        Assert.Same(first.Model, second.Model);
        Assert.Equal("b", second.ContentDelta);
    }

    [Fact]
    public void New_and_escaped_values_read_as_written()
    {
        Parse("""{"id":"chatcmpl-r2","model":"m","choices":[]}""");
        var other = Parse("""{"id":"chatcmpl-\u0072\u0033","model":null,"choices":[]}""");

        Assert.Equal("chatcmpl-r3", other.Id);
        Assert.Null(other.Model);
        Assert.Throws<JsonException>(() => Parse("""{"id":42,"choices":[]}"""));
    }
}
