using Skytells.Emulator;

namespace Skytells.Tests.Integration;

public sealed class EdgeGuardIntegrationTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    public static TheoryData<string> NonEdgeModels() => new(ModelCatalog.All.Where(e => !e.SupportsEdge).Select(e => e.Id));

    [Theory]
    [MemberData(nameof(NonEdgeModels))]
    public async Task A_known_non_edge_model_on_edge_fails_before_any_request(string model)
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var error = await Assert.ThrowsAsync<SkytellsEdgeNotSupportedException>(() =>
            client.Edge.Predictions.CreateAsync(model, new ImageInput { Prompt = "x" }, cancellationToken: TestContext.Token));

        Assert.True(error.RejectedBeforeSending);
        Assert.Equal(model, error.Model);
        Assert.StartsWith("This model does not support Edge routing.", error.Message, StringComparison.Ordinal);
        Assert.Empty(fixture.RequestsOf(key));
    }

    [Fact]
    public async Task A_client_constructed_for_edge_applies_the_guard_too()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key, SkytellsGateway.Edge);
        await Assert.ThrowsAsync<SkytellsEdgeNotSupportedException>(() =>
            client.Predictions.CreateAsync(SkytellsModels.TrueFusionPro, new ImageInput { Prompt = "x" }, cancellationToken: TestContext.Token));
        Assert.Empty(fixture.RequestsOf(key));
    }

    [Fact]
    public async Task Route_to_standard_sends_the_call_to_the_standard_gateway()
    {
        var key = fixture.NewKey();
        var options = fixture.Options(key, SkytellsGateway.Edge);
        options.EdgeMismatchPolicy = EdgeMismatchPolicy.RouteToStandard;
        using var client = new SkytellsClient(options);
        var prediction = await client.Predictions.CreateAsync(SkytellsModels.TrueFusionPro, new ImageInput { Prompt = "x" }, cancellationToken: TestContext.Token);

        Assert.False(string.IsNullOrEmpty(prediction.Id));
        Assert.Equal(EmulatorGateway.Standard, Assert.Single(fixture.RequestsOf(key)).Gateway);
    }

    [Fact]
    public async Task The_server_422_maps_to_the_same_exception_type()
    {
        var key = fixture.NewKey();
        var options = fixture.Options(key, SkytellsGateway.Edge);
        options.EdgeMismatchPolicy = EdgeMismatchPolicy.SendToServer;
        using var client = new SkytellsClient(options);
        var error = await Assert.ThrowsAsync<SkytellsEdgeNotSupportedException>(() =>
            client.Predictions.CreateAsync(SkytellsModels.Veo31, new VideoInput { Prompt = "x" }, cancellationToken: TestContext.Token));

        Assert.False(error.RejectedBeforeSending);
        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, error.StatusCode);
        Assert.Equal("This model does not support Edge routing.", error.Message);
        Assert.Equal(SkytellsModels.Veo31, error.Model);
        Assert.NotNull(error.RequestId);
        Assert.Single(fixture.RequestsOf(key));
    }

    [Fact]
    public async Task An_unknown_model_is_sent_and_the_server_decides()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        await Assert.ThrowsAsync<SkytellsNotFoundException>(() =>
            client.Edge.Predictions.CreateAsync("truefusion-edge-2099", new ImageInput { Prompt = "x" }, cancellationToken: TestContext.Token));
        Assert.Single(fixture.RequestsOf(key));
    }

    [Fact]
    public async Task A_model_added_in_options_passes_the_guard_and_reaches_edge()
    {
        var key = fixture.NewKey();
        var options = fixture.Options(key);
        options.AdditionalEdgeModels.Add(SkytellsModels.TrueFusionPro);
        using var client = new SkytellsClient(options);

        // The emulator still knows truefusion-pro as Standard-only, so the request reaches Edge and Edge refuses it.
        var error = await Assert.ThrowsAsync<SkytellsEdgeNotSupportedException>(() =>
            client.Edge.Predictions.CreateAsync(SkytellsModels.TrueFusionPro, new ImageInput { Prompt = "x" }, cancellationToken: TestContext.Token));
        Assert.False(error.RejectedBeforeSending);
        Assert.Equal(EmulatorGateway.Edge, Assert.Single(fixture.RequestsOf(key)).Gateway);
    }

    [Theory]
    [InlineData(AccountPlan.Free)]
    [InlineData(AccountPlan.Pro)]
    public async Task Edge_refuses_free_and_pro_plans_with_a_permission_error(AccountPlan plan)
    {
        var key = fixture.NewKey(plan);
        using var client = fixture.Client(key);
        var error = await Assert.ThrowsAsync<SkytellsPermissionException>(() =>
            client.Edge.Predictions.CreateAsync(SkytellsModels.TrueFusionEdge, new ImageInput { Prompt = "x" }, cancellationToken: TestContext.Token));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, error.StatusCode);

        // The same key works on Standard.
        Assert.False(string.IsNullOrEmpty((await client.Predictions.CreateAsync(SkytellsModels.TrueFusionEdge, new ImageInput { Prompt = "x" }, cancellationToken: TestContext.Token)).Id));
    }
}
