using System.Net;
using System.Text.Json;
using Skytells.Emulator.Tests.Infrastructure;

namespace Skytells.Emulator.Tests;

public sealed class EdgeRoutingTests
{
    public static TheoryData<string> NonEdgeCatalogModels()
    {
        var data = new TheoryData<string>();
        foreach (var entry in ModelCatalog.All)
        {
            if (!entry.SupportsEdge)
            {
                data.Add(entry.Id);
            }
        }

        return data;
    }

    public static TheoryData<string> EdgeImageModels()
    {
        var data = new TheoryData<string>();
        foreach (var entry in ModelCatalog.All)
        {
            if (entry.SupportsEdge && entry.Kind == ModelKind.Image)
            {
                data.Add(entry.Id);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NonEdgeCatalogModels))]
    public async Task Edge_answers_422_with_the_exact_message_for_every_non_edge_catalog_model(string model)
    {
        await using var host = await EmulatorHost.StartAsync();

        var response = await host.CreateAsync(model, EmulatorGateway.Edge);

        var error = response.AssertError((HttpStatusCode)422, "EDGE_NOT_SUPPORTED");
        Assert.Equal("This model does not support Edge routing.", error.GetProperty("message").GetString());
        Assert.Equal("This model does not support Edge routing.", response.Str("response"));
        Assert.Empty(await ListIdsAsync(host));
    }

    [Theory]
    [MemberData(nameof(EdgeImageModels))]
    public async Task Edge_image_model_on_edge_has_succeeded_before_the_create_answer(string model)
    {
        // The default Edge latency (scaled, not overridden): the fast path must finish within the request itself.
        await using var host = await EmulatorHost.StartAsync(o => o.TimeScale = 0.1);

        var response = await host.CreateAsync(model, EmulatorGateway.Edge, input: """{"prompt":"fox","width":512,"height":512,"num_inference_steps":4}""");

        var json = response.AssertOk().Json;
        Assert.Equal("succeeded", json.GetProperty("status").GetString());
        Assert.StartsWith(host.Emulator.EdgeBaseUrl.GetLeftPart(UriPartial.Authority) + "/assets/", json.GetProperty("output")[0].GetString());
        Assert.NotEqual(JsonValueKind.Null, json.GetProperty("completed_at").ValueKind);
    }

    [Fact]
    public async Task The_same_edge_model_on_standard_is_asynchronous()
    {
        await using var host = await EmulatorHost.StartAsync(o => o.ModelLatency[SkytellsModels.TrueFusionEdge] = TimeSpan.FromHours(1));

        var response = await host.CreateAsync(SkytellsModels.TrueFusionEdge, EmulatorGateway.Standard);

        Assert.Equal("pending", response.AssertOk().Str("status"));
    }

    [Fact]
    public async Task Unknown_model_is_404_MODEL_NOT_FOUND_on_both_gateways()
    {
        await using var host = await EmulatorHost.StartAsync();

        (await host.CreateAsync("no-such-model", EmulatorGateway.Standard)).AssertError(HttpStatusCode.NotFound, "MODEL_NOT_FOUND");
        (await host.CreateAsync("no-such-model", EmulatorGateway.Edge)).AssertError(HttpStatusCode.NotFound, "MODEL_NOT_FOUND");
    }

    [Fact]
    public async Task Additional_edge_model_is_served_on_edge()
    {
        await using var host = await EmulatorHost.StartAsync(o => o.AdditionalModels.Add(new EmulatedModel("new-edge-model", ModelKindName.Image, supportsEdge: true)));

        var response = await host.CreateAsync("new-edge-model", EmulatorGateway.Edge);

        Assert.Equal("succeeded", response.AssertOk().Str("status"));
    }

    [Fact]
    public async Task Additional_non_edge_model_is_refused_on_edge()
    {
        await using var host = await EmulatorHost.StartAsync(o => o.AdditionalModels.Add(new EmulatedModel("new-standard-model", ModelKindName.Video)));

        (await host.CreateAsync("new-standard-model", EmulatorGateway.Edge)).AssertError((HttpStatusCode)422, "EDGE_NOT_SUPPORTED");
        (await host.CreateAsync("new-standard-model", EmulatorGateway.Standard)).AssertOk();
    }

    [Fact]
    public async Task Additional_model_with_a_catalog_id_overrides_its_edge_support()
    {
        await using var host = await EmulatorHost.StartAsync(o => o.AdditionalModels.Add(new EmulatedModel(SkytellsModels.TrueFusionPro, ModelKindName.Image, supportsEdge: true)));

        var response = await host.CreateAsync(SkytellsModels.TrueFusionPro, EmulatorGateway.Edge);

        Assert.Equal("succeeded", response.AssertOk().Str("status"));
    }

    [Theory]
    [InlineData(EmulatorGateway.Standard, SkytellsModels.DeepBrainRouter)]
    [InlineData(EmulatorGateway.Edge, SkytellsModels.Gpt5)]
    [InlineData(EmulatorGateway.Standard, SkytellsModels.TextEmbedding3Small)]
    public async Task Text_and_embedding_models_are_422_INVALID_INPUT_on_predictions(EmulatorGateway gateway, string model)
    {
        await using var host = await EmulatorHost.StartAsync();

        (await host.CreateAsync(model, gateway)).AssertError((HttpStatusCode)422, "INVALID_INPUT");
    }

    [Fact]
    public async Task Read_endpoints_are_open_on_edge_and_predictions_are_shared_between_gateways()
    {
        await using var host = await EmulatorHost.StartAsync(o => o.ModelLatency[SkytellsModels.Veo31] = TimeSpan.FromHours(1));
        var id = (await host.CreateAsync(SkytellsModels.Veo31)).AssertOk().Str("id");

        var viaEdge = await host.GetAsync(EmulatorGateway.Edge, $"/predictions/{id}");

        Assert.Equal(id, viaEdge.AssertOk().Str("id"));
        Assert.StartsWith(host.Emulator.EdgeBaseUrl.ToString(), viaEdge.Json.GetProperty("urls").GetProperty("get").GetString());
    }

    private static async Task<List<string>> ListIdsAsync(EmulatorHost host)
    {
        var list = (await host.GetAsync(EmulatorGateway.Standard, "/predictions")).AssertOk().Json;
        return [.. list.GetProperty("data").EnumerateArray().Select(p => p.GetProperty("id").GetString()!)];
    }
}
