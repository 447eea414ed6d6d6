using System.Net;
using Skytells.Emulator.Tests.Infrastructure;

namespace Skytells.Emulator.Tests;

public sealed class ModelEndpointTests
{
    [Fact]
    public async Task Models_lists_the_catalog_with_edge_compatibility()
    {
        await using var host = await EmulatorHost.StartAsync(o => o.AdditionalModels.Add(new EmulatedModel("extra-model", ModelKindName.Audio)));

        var models = (await host.GetAsync(EmulatorGateway.Standard, "/models", EmulatorApiKeys.Free)).AssertOk().Json;

        var byId = models.EnumerateArray().ToDictionary(m => m.GetProperty("namespace").GetString()!);
        foreach (var entry in ModelCatalog.All)
        {
            Assert.Equal(entry.SupportsEdge, byId[entry.Id].GetProperty("metadata").GetProperty("edge_compatible").GetBoolean());
        }

        Assert.Equal("audio", byId["extra-model"].GetProperty("type").GetString());
        Assert.False(byId[SkytellsModels.TrueFusion].TryGetProperty("input_schema", out _));
    }

    [Theory]
    [InlineData("/models/veo-3.1")]
    [InlineData("/model/veo-3.1")]
    public async Task Model_is_found_under_both_paths(string path)
    {
        await using var host = await EmulatorHost.StartAsync();

        var model = (await host.GetAsync(EmulatorGateway.Edge, path)).AssertOk().Json;

        Assert.Equal("veo-3.1", model.GetProperty("namespace").GetString());
        Assert.Equal("video", model.GetProperty("type").GetString());
        Assert.Equal("operational", model.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Fields_adds_the_schemas()
    {
        await using var host = await EmulatorHost.StartAsync();

        var model = (await host.GetAsync(EmulatorGateway.Standard, "/models/truefusion?fields=input_schema,output_schema")).AssertOk().Json;

        Assert.Equal("prompt", model.GetProperty("input_schema").GetProperty("required")[0].GetString());
        Assert.Equal("array", model.GetProperty("output_schema").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Unknown_model_is_404_MODEL_NOT_FOUND()
    {
        await using var host = await EmulatorHost.StartAsync();

        (await host.GetAsync(EmulatorGateway.Standard, "/models/nope")).AssertError(HttpStatusCode.NotFound, "MODEL_NOT_FOUND");
    }

    [Fact]
    public async Task Models_need_a_key()
    {
        await using var host = await EmulatorHost.StartAsync();

        (await host.GetAsync(EmulatorGateway.Standard, "/models", apiKey: null)).AssertError(HttpStatusCode.Unauthorized, "UNAUTHORIZED");
    }
}
