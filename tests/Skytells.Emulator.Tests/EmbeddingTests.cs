using System.Net;
using System.Text.Json;
using Skytells.Emulator.Tests.Infrastructure;

namespace Skytells.Emulator.Tests;

/// <summary><c>POST /v1/embeddings</c>: deterministic vectors in input order, both encodings, the inference error envelope.</summary>
public sealed class EmbeddingTests
{
    private const string Model = SkytellsModels.TextEmbedding3Small;

    [Fact]
    public async Task Vectors_are_numbers_by_default_in_input_order_and_derive_from_the_text()
    {
        await using var host = await EmulatorHost.StartAsync();

        var response = await host.PostAsync(EmulatorGateway.Standard, "/embeddings", $$"""{"model":"{{Model}}","input":["alpha","beta gamma"]}""");

        var root = response.AssertOk().Json;
        Assert.Equal("list", root.GetProperty("object").GetString());
        Assert.Equal(Model, root.GetProperty("model").GetString());
        var data = root.GetProperty("data");
        Assert.Equal(2, data.GetArrayLength());
        Assert.Equal(1, data[1].GetProperty("index").GetInt32());
        Assert.Equal(EmulatorEmbeddings.VectorOf("beta gamma"), data[1].GetProperty("embedding").EnumerateArray().Select(v => v.GetSingle()));
        Assert.Equal(3, root.GetProperty("usage").GetProperty("prompt_tokens").GetInt32());
    }

    [Fact]
    public async Task Base64_and_fewer_dimensions_are_honoured()
    {
        await using var host = await EmulatorHost.StartAsync();

        var response = await host.PostAsync(EmulatorGateway.Standard, "/embeddings", $$"""{"model":"{{Model}}","input":"alpha","encoding_format":"base64","dimensions":64}""");

        var item = response.AssertOk().Json.GetProperty("data")[0];
        Assert.Equal(EmulatorEmbeddings.Base64Of(EmulatorEmbeddings.VectorOf("alpha", 64)), item.GetProperty("embedding").GetString());
        var unit = EmulatorEmbeddings.VectorOf("alpha", 64).Sum(v => v * v);
        Assert.InRange(unit, 0.999f, 1.001f);
    }

    [Theory]
    [InlineData("""{"input":"x"}""", "model")]
    [InlineData("""{"model":"text-embedding-3-small"}""", "input")]
    [InlineData("""{"model":"text-embedding-3-small","input":[]}""", "input")]
    [InlineData("""{"model":"text-embedding-3-small","input":[1]}""", "input")]
    [InlineData("""{"model":"text-embedding-3-small","input":""}""", "input")]
    [InlineData("""{"model":"text-embedding-3-small","input":"x","encoding_format":"int8"}""", "encoding_format")]
    [InlineData("""{"model":"text-embedding-3-small","input":"x","dimensions":0}""", "dimensions")]
    [InlineData("""{"model":"text-embedding-3-small","input":"x","dimensions":5000}""", "dimensions")]
    [InlineData("""{"model":"deepbrain-router","input":"x"}""", "model")]
    public async Task Invalid_bodies_are_400_INVALID_PARAMETER_naming_the_field(string body, string param)
    {
        await using var host = await EmulatorHost.StartAsync();

        var response = await host.PostAsync(EmulatorGateway.Standard, "/embeddings", body);

        Assert.Equal(param, response.AssertInferenceError(HttpStatusCode.BadRequest, "INVALID_PARAMETER").GetProperty("param").GetString());
    }

    [Fact]
    public async Task An_unknown_model_is_404_and_a_standard_only_one_is_422_on_edge()
    {
        await using var host = await EmulatorHost.StartAsync();

        var unknown = await host.PostAsync(EmulatorGateway.Standard, "/embeddings", """{"model":"no-such-embedder","input":"x"}""");
        var edge = await host.PostAsync(EmulatorGateway.Edge, "/embeddings", $$"""{"model":"{{Model}}","input":"x"}""");

        unknown.AssertInferenceError(HttpStatusCode.NotFound, "MODEL_NOT_FOUND");
        Assert.Equal("This model does not support Edge routing.", edge.AssertInferenceError((HttpStatusCode)422, "EDGE_NOT_SUPPORTED").GetProperty("message").GetString());
    }
}
