namespace Skytells.Tests.Edge;

public sealed class EdgeGuardTests
{
    private static SkytellsClientOptions Options(EdgeMismatchPolicy policy = EdgeMismatchPolicy.Throw) => new() { ApiKey = "k", EdgeMismatchPolicy = policy };

    [Fact]
    public void Standard_calls_pass_with_any_model()
    {
        Assert.Equal(SkytellsGateway.Standard, EdgeGuard.Resolve(SkytellsGateway.Standard, SkytellsModels.Sora2, Options()));
    }

    [Theory]
    [InlineData(SkytellsModels.TrueFusionEdge)]
    [InlineData(SkytellsModels.Flux1Edge)]
    [InlineData("a-model-released-next-year")]
    public void Edge_models_and_unknown_models_pass_on_edge(string model)
    {
        Assert.Equal(SkytellsGateway.Edge, EdgeGuard.Resolve(SkytellsGateway.Edge, model, Options()));
    }

    [Fact]
    public void Every_catalog_non_edge_model_is_refused_on_edge()
    {
        foreach (var entry in ModelCatalog.All.Where(e => !e.SupportsEdge))
        {
            var error = Assert.Throws<SkytellsEdgeNotSupportedException>(() => EdgeGuard.Resolve(SkytellsGateway.Edge, entry.Id, Options()));
            Assert.Equal(entry.Id, error.Model);
        }
    }

    [Fact]
    public void Route_to_standard_and_send_to_server_policies_change_the_outcome()
    {
        Assert.Equal(SkytellsGateway.Standard, EdgeGuard.Resolve(SkytellsGateway.Edge, SkytellsModels.TrueFusionPro, Options(EdgeMismatchPolicy.RouteToStandard)));
        Assert.Equal(SkytellsGateway.Edge, EdgeGuard.Resolve(SkytellsGateway.Edge, SkytellsModels.TrueFusionPro, Options(EdgeMismatchPolicy.SendToServer)));
    }

    [Fact]
    public void Models_added_in_options_pass_on_edge()
    {
        var options = Options();
        options.AdditionalEdgeModels.Add(SkytellsModels.TrueFusionPro);
        Assert.Equal(SkytellsGateway.Edge, EdgeGuard.Resolve(SkytellsGateway.Edge, SkytellsModels.TrueFusionPro, options));
    }
}
