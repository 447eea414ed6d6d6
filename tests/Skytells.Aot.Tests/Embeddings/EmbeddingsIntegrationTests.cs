using System.Text.Json;
using Skytells.Emulator;
using Skytells.Tests.Integration;

namespace Skytells.Tests.Embeddings;

/// <summary><c>client.Embeddings</c> against the emulator, whose vectors derive from the input text alone.</summary>
public sealed class EmbeddingsIntegrationTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const string Model = SkytellsModels.TextEmbedding3Small;

    [Fact]
    public async Task One_text_comes_back_as_its_vector_asked_for_as_base64()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var result = await client.Embeddings.CreateAsync(Model, "a red fox", cancellationToken: TestContext.Token);

        Assert.Equal(EmulatorEmbeddings.VectorOf("a red fox"), result.Vector.ToArray());
        Assert.Equal(Model, result.Model);
        Assert.Equal(3, result.Usage!.PromptTokens);
        var body = JsonDocument.Parse(Assert.Single(fixture.RequestsOf(key)).Body).RootElement;
        Assert.Equal("base64", body.GetProperty("encoding_format").GetString());
        Assert.Equal(JsonValueKind.String, body.GetProperty("input").ValueKind);
    }

    [Fact]
    public async Task Many_texts_come_back_in_input_order_in_either_encoding()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        string[] texts = ["first", "second text", "third"];
        var compact = await client.Embeddings.CreateAsync(Model, texts, cancellationToken: TestContext.Token);
        var numbers = await client.Embeddings.CreateAsync(Model, texts, new EmbeddingOptions { Encoding = EmbeddingEncoding.JsonNumbers }, TestContext.Token);

        Assert.Equal(texts.Length, compact.Vectors.Count);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(EmulatorEmbeddings.VectorOf(texts[i]), compact.Vectors[i].ToArray());
            Assert.Equal(compact.Vectors[i].ToArray(), numbers.Vectors[i].ToArray());
        }
    }

    [Fact]
    public async Task Fewer_dimensions_are_asked_for_and_received()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var result = await client.Embeddings.CreateAsync(Model, "short", new EmbeddingOptions { Dimensions = 256 }, TestContext.Token);
        Assert.Equal(EmulatorEmbeddings.VectorOf("short", 256), result.Vector.ToArray());
    }

    [Fact]
    public async Task The_edge_guard_refuses_a_standard_only_embedding_model_before_any_request()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        await Assert.ThrowsAsync<SkytellsEdgeNotSupportedException>(() => client.Edge.Embeddings.CreateAsync(Model, "x", cancellationToken: TestContext.Token));
        Assert.Empty(fixture.RequestsOf(key));
    }

    [Fact]
    public async Task Unknown_and_wrong_kind_models_map_to_typed_errors()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        await Assert.ThrowsAsync<SkytellsNotFoundException>(() => client.Embeddings.CreateAsync("no-such-embedder", "x", cancellationToken: TestContext.Token));
        var error = await Assert.ThrowsAsync<SkytellsValidationException>(() => client.Embeddings.CreateAsync(SkytellsModels.DeepBrainRouter, "x", cancellationToken: TestContext.Token));
        Assert.Equal("model", error.Parameter);
    }

    [Fact]
    public async Task Empty_or_null_inputs_are_refused_before_any_request()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        await Assert.ThrowsAsync<ArgumentException>(() => client.Embeddings.CreateAsync(Model, Array.Empty<string>(), cancellationToken: TestContext.Token));
        await Assert.ThrowsAsync<ArgumentNullException>(() => client.Embeddings.CreateAsync(Model, [null!], cancellationToken: TestContext.Token));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.Embeddings.CreateAsync(Model, "x", new EmbeddingOptions { Dimensions = 0 }, TestContext.Token));
        Assert.Empty(fixture.RequestsOf(key));
    }
}
