using System.Net;
using Skytells.Emulator.Tests.Infrastructure;

namespace Skytells.Emulator.Tests;

public sealed class PredictionDeleteTests
{
    [Theory]
    [InlineData("")]
    [InlineData("/delete")]
    public async Task Delete_answers_the_deleted_prediction_then_it_is_gone(string suffix)
    {
        await using var host = await EmulatorHost.StartAsync(o => o.TimeScale = 0);
        var created = (await host.CreateAsync(SkytellsModels.TrueFusion)).AssertOk().Json;
        var id = created.GetProperty("id").GetString()!;
        var asset = new Uri(created.GetProperty("output")[0].GetString()!);

        var deleted = await host.SendAsync(HttpMethod.Delete, EmulatorGateway.Standard, $"/predictions/{id}{suffix}");

        Assert.Equal(id, deleted.AssertOk().Str("id"));
        Assert.True(deleted.Json.GetProperty("success").GetBoolean());
        (await host.GetAsync(EmulatorGateway.Standard, $"/predictions/{id}")).AssertError(HttpStatusCode.NotFound, "NOT_FOUND");
        (await host.SendAsync(HttpMethod.Delete, EmulatorGateway.Standard, $"/predictions/{id}{suffix}")).AssertError(HttpStatusCode.NotFound, "NOT_FOUND");
        (await host.SendAsync(HttpMethod.Get, asset, apiKey: null)).AssertError(HttpStatusCode.NotFound, "NOT_FOUND");
        Assert.Equal(0, (await host.GetAsync(EmulatorGateway.Standard, "/predictions")).Json.GetProperty("pagination").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Delete_through_edge_removes_a_prediction_made_on_standard()
    {
        await using var host = await EmulatorHost.StartAsync();
        var id = (await host.CreateAsync(SkytellsModels.Veo31)).AssertOk().Str("id");

        (await host.SendAsync(HttpMethod.Delete, EmulatorGateway.Edge, $"/predictions/{id}")).AssertOk();

        (await host.GetAsync(EmulatorGateway.Standard, $"/predictions/{id}")).AssertError(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task Another_key_cannot_delete_a_prediction()
    {
        await using var host = await EmulatorHost.StartAsync();
        var id = (await host.CreateAsync(SkytellsModels.Veo31, apiKey: EmulatorApiKeys.Business)).AssertOk().Str("id");

        (await host.SendAsync(HttpMethod.Delete, EmulatorGateway.Standard, $"/predictions/{id}", EmulatorApiKeys.Free)).AssertError(HttpStatusCode.NotFound, "NOT_FOUND");

        (await host.GetAsync(EmulatorGateway.Standard, $"/predictions/{id}")).AssertOk();
    }
}
