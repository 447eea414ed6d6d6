using System.Buffers.Binary;
using System.Text;
using System.Text.Json;

namespace Skytells.Tests.Embeddings;

/// <summary>The embeddings request body and the answer reader: both wire forms of a vector, ordering, malformed answers.</summary>
public sealed class EmbeddingWireTests
{
    private static EmbeddingResult Read(string json, int expected) => EmbeddingResultReader.Read(Encoding.UTF8.GetBytes(json), expected)!;

    private static string Base64Of(params float[] values)
    {
        var bytes = new byte[values.Length * 4];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * 4), values[i]);
        }

        return Convert.ToBase64String(bytes);
    }

    [Fact]
    public void Vectors_as_numbers_and_as_base64_read_the_same()
    {
        var numbers = Read("""{"object":"list","data":[{"object":"embedding","index":0,"embedding":[0.5,-1.25,3]}],"model":"m","usage":{"prompt_tokens":5,"total_tokens":5}}""", 1);
        var base64 = Read($$"""{"data":[{"index":0,"embedding":"{{Base64Of(0.5f, -1.25f, 3f)}}"}],"model":"m"}""", 1);

        Assert.Equal([0.5f, -1.25f, 3f], numbers.Vector.ToArray());
        Assert.Equal(numbers.Vector.ToArray(), base64.Vector.ToArray());
        Assert.Equal("m", numbers.Model);
        Assert.Equal(5, numbers.Usage!.TotalTokens);
    }

    [Fact]
    public void Vectors_are_placed_by_their_index()
    {
        var result = Read("""{"data":[{"index":2,"embedding":[3]},{"index":0,"embedding":[1]},{"index":1,"embedding":[2]}]}""", 3);
        Assert.Equal([1f, 2f, 3f], result.Vectors.Select(v => v.Span[0]));
    }

    [Theory]
    [InlineData("""{"data":[{"index":0,"embedding":[1]}]}""", 2)]
    [InlineData("""{"data":[{"index":0,"embedding":[1]},{"index":0,"embedding":[2]}]}""", 2)]
    [InlineData("""{"data":[{"index":5,"embedding":[1]}]}""", 1)]
    [InlineData("""{"data":[{"index":-1,"embedding":[1]}]}""", 1)]
    [InlineData("""{"data":[{"index":0}]}""", 1)]
    [InlineData("""{"data":[{"index":0,"embedding":["x"]}]}""", 1)]
    [InlineData("""{"data":[{"index":0,"embedding":[1e99]}]}""", 1)]
    [InlineData("""{"data":[{"index":0,"embedding":"not base64!"}]}""", 1)]
    [InlineData("""{"data":[{"index":0,"embedding":"AAA="}]}""", 1)]
    [InlineData("""{"data":{}}""", 1)]
    [InlineData("""{"data":[null]}""", 1)]
    [InlineData("""{"data":[]} []""", 1)]
    public void Malformed_answers_fail_as_json_exceptions(string json, int expected)
    {
        Assert.ThrowsAny<JsonException>(() => Read(json, expected));
    }

    [Fact]
    public void A_base64_vector_holding_nan_is_refused()
    {
        Assert.ThrowsAny<JsonException>(() => Read($$"""{"data":[{"index":0,"embedding":"{{Base64Of(1f, float.NaN)}}"}]}""", 1));
    }

    [Fact]
    public void The_body_asks_for_base64_by_default_and_keeps_one_input_a_string()
    {
        var single = JsonDocument.Parse(EmbeddingRequestBody.Write("m", ["hello"], single: true, new EmbeddingOptions())).RootElement;
        Assert.Equal("hello", single.GetProperty("input").GetString());
        Assert.Equal("base64", single.GetProperty("encoding_format").GetString());
        Assert.False(single.TryGetProperty("dimensions", out _));

        var many = JsonDocument.Parse(EmbeddingRequestBody.Write("m", ["a", "b"], single: false, new EmbeddingOptions { Dimensions = 256, Encoding = EmbeddingEncoding.JsonNumbers, User = "u1" })).RootElement;
        Assert.Equal(["a", "b"], many.GetProperty("input").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("float", many.GetProperty("encoding_format").GetString());
        Assert.Equal(256, many.GetProperty("dimensions").GetInt32());
        Assert.Equal("u1", many.GetProperty("user").GetString());
    }
}
