using System.Net;
using Skytells.Emulator;
using Skytells.Tests.Integration;

namespace Skytells.Tests.Models;

/// <summary><c>client.Models</c> against the emulator: the list, one model, both path spellings, both gateways.</summary>
public sealed class ModelsIntegrationTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task The_list_holds_every_catalog_model_with_the_servers_edge_flag()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var models = await client.Models.ListAsync(cancellationToken: TestContext.Token);

        foreach (var entry in ModelCatalog.All)
        {
            var model = Assert.Single(models, m => m.Namespace == entry.Id);
            Assert.Equal(entry.SupportsEdge, model.IsEdgeCompatible);
            Assert.NotNull(model.Type);
            Assert.Equal("operational", model.Status);
            Assert.NotNull(model.Pricing?.Amount);
            Assert.Null(model.InputSchema);
        }

        Assert.True(models.Single(m => m.Namespace == SkytellsModels.TrueFusionEdge).IsEdgeCompatible);
        Assert.False(models.Single(m => m.Namespace == SkytellsModels.TrueFusionPro).IsEdgeCompatible);
        Assert.Equal("/v1/models", Assert.Single(fixture.RequestsOf(key)).RawTarget);
    }

    [Fact]
    public async Task Schemas_are_asked_for_only_when_wanted()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var models = await client.Models.ListAsync(SkytellsModelFields.Schemas, TestContext.Token);

        Assert.All(models, model => Assert.Equal(System.Text.Json.JsonValueKind.Object, model.InputSchema!.Value.ValueKind));
        Assert.All(models, model => Assert.NotNull(model.OutputSchema));
        Assert.Equal("/v1/models?fields=input_schema,output_schema", Assert.Single(fixture.RequestsOf(key)).RawTarget);

        var one = await client.Models.GetAsync(SkytellsModels.TrueFusion, SkytellsModelFields.InputSchema, TestContext.Token);
        Assert.NotNull(one.InputSchema);
        Assert.Null(one.OutputSchema);
        Assert.Equal("/v1/models/truefusion?fields=input_schema", fixture.RequestsOf(key)[^1].RawTarget);
    }

    [Fact]
    public async Task One_model_is_read_by_its_id()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var model = await client.Models.GetAsync(SkytellsModels.Flux1Edge, cancellationToken: TestContext.Token);

        Assert.Equal(SkytellsModels.Flux1Edge, model.Namespace);
        Assert.True(model.IsEdgeCompatible);
        Assert.Equal("skytells", model.Vendor?.Slug);
        Assert.Contains(SkytellsModels.Flux1Edge, model.ToString(), StringComparison.Ordinal);
        Assert.Equal("/v1/models/flux-1-edge", Assert.Single(fixture.RequestsOf(key)).RawTarget);
    }

    [Fact]
    public async Task A_404_on_the_plural_path_falls_back_to_the_singular_one()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, PathContains = "/models/", StatusCode = 404, ErrorId = "NOT_FOUND" });
        using var client = fixture.Client(key);
        var model = await client.Models.GetAsync(SkytellsModels.TrueFusionPro, cancellationToken: TestContext.Token);

        Assert.Equal(SkytellsModels.TrueFusionPro, model.Namespace);
        Assert.Equal(["/v1/models/truefusion-pro", "/v1/model/truefusion-pro"], fixture.RequestsOf(key).Select(r => r.RawTarget));
    }

    [Fact]
    public async Task An_unknown_model_is_not_found_on_either_path()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var error = await Assert.ThrowsAsync<SkytellsNotFoundException>(() => client.Models.GetAsync("no-such-model", cancellationToken: TestContext.Token));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal(["/v1/models/no-such-model", "/v1/model/no-such-model"], fixture.RequestsOf(key).Select(r => r.RawTarget));
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("a\nb")]
    public async Task A_hostile_slug_is_refused_before_any_request(string slug)
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Models.GetAsync(slug, cancellationToken: TestContext.Token));
        Assert.Empty(fixture.RequestsOf(key));
    }

    [Fact]
    public async Task A_list_wrapped_in_data_is_read_and_one_without_it_is_an_invalid_response()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault
        {
            ApiKey = key,
            PathContains = "/models",
            Body = """{"data":[{"namespace":"truefusion","metadata":{"edge_compatible":false}}]}"""u8.ToArray(),
            BodyContentType = "application/json",
        });
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, PathContains = "/models", Body = """{"models":[]}"""u8.ToArray(), BodyContentType = "application/json" });
        using var client = fixture.Client(key);

        var wrapped = await client.Models.ListAsync(cancellationToken: TestContext.Token);
        Assert.Equal("truefusion", Assert.Single(wrapped).Namespace);
        await Assert.ThrowsAsync<SkytellsInvalidResponseException>(() => client.Models.ListAsync(cancellationToken: TestContext.Token));
    }

    [Fact]
    public async Task The_edge_gateway_lists_models_too()
    {
        var key = fixture.NewKey(AccountPlan.Business);
        using var client = fixture.Client(key);
        var models = await client.Edge.Models.ListAsync(cancellationToken: TestContext.Token);

        Assert.Equal(SkytellsGateway.Edge, client.Edge.Models.Gateway);
        Assert.Contains(models, m => m.Namespace == SkytellsModels.TrueFusionEdge);
        Assert.Equal(EmulatorGateway.Edge, Assert.Single(fixture.RequestsOf(key)).Gateway);
    }
}
