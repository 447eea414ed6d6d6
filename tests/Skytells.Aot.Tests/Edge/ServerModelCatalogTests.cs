using Microsoft.Extensions.Time.Testing;
using Skytells.Emulator;
using Skytells.Tests.Integration;

namespace Skytells.Tests.Edge;

/// <summary>The Edge guard following the server's <c>metadata.edge_compatible</c> through <see cref="SkytellsModelCatalog"/>.</summary>
public sealed class ServerModelCatalogTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const string SavedList = """
        [{"name":"TrueFusion Pro","namespace":"truefusion-pro","type":"image","metadata":{"edge_compatible":true,"openai_compatible":false}},
         {"namespace":"brand-new-model","type":"image","metadata":{"edge_compatible":false}},
         {"namespace":"no-flag-model","metadata":null}]
        """;

    private static ImageInput Input => new() { Prompt = "fox" };

    private SkytellsClient EdgeClient(string key, SkytellsModelCatalog catalog, Action<SkytellsClientOptions>? configure = null)
    {
        var options = fixture.Options(key, SkytellsGateway.Edge);
        options.ModelCatalog = catalog;
        options.Retry.MaxRetries = 0;
        configure?.Invoke(options);
        return new SkytellsClient(options);
    }

    [Fact]
    public async Task A_model_the_server_marks_edge_capable_is_sent_to_edge_though_the_built_in_catalog_says_no()
    {
        var key = fixture.NewKey();
        using var client = EdgeClient(key, SkytellsModelCatalog.Parse(SavedList));

        // The emulator itself keeps the built-in rule, so its 422 proves the request went out.
        var error = await Assert.ThrowsAsync<SkytellsEdgeNotSupportedException>(() => client.Predictions.CreateAsync(SkytellsModels.TrueFusionPro, Input, cancellationToken: TestContext.Token));
        Assert.Single(fixture.RequestsOf(key));
        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, error.StatusCode);
    }

    [Fact]
    public async Task A_model_new_to_the_built_in_catalog_but_marked_non_edge_is_refused_before_any_request()
    {
        var key = fixture.NewKey();
        using var client = EdgeClient(key, SkytellsModelCatalog.Parse(SavedList));
        await Assert.ThrowsAsync<SkytellsEdgeNotSupportedException>(() => client.Predictions.CreateAsync("brand-new-model", Input, cancellationToken: TestContext.Token));
        Assert.Empty(fixture.RequestsOf(key));
    }

    [Fact]
    public async Task Models_the_server_does_not_flag_fall_back_to_the_built_in_catalog()
    {
        var key = fixture.NewKey();
        using var client = EdgeClient(key, SkytellsModelCatalog.Parse(SavedList));
        await Assert.ThrowsAsync<SkytellsEdgeNotSupportedException>(() => client.Predictions.CreateAsync(SkytellsModels.Sora2, new VideoInput { Prompt = "sky" }, cancellationToken: TestContext.Token));
        var preview = await client.Predictions.CreateAsync(SkytellsModels.TrueFusionEdge, Input, cancellationToken: TestContext.Token);
        Assert.Equal(PredictionStatus.Succeeded, preview.Status);
        Assert.Single(fixture.RequestsOf(key));
    }

    [Fact]
    public async Task Additional_edge_models_win_over_the_server()
    {
        var key = fixture.NewKey();
        using var client = EdgeClient(key, SkytellsModelCatalog.Parse(SavedList), options => options.AdditionalEdgeModels.Add("brand-new-model"));
        await Assert.ThrowsAnyAsync<SkytellsException>(() => client.Predictions.CreateAsync("brand-new-model", Input, cancellationToken: TestContext.Token));
        Assert.Single(fixture.RequestsOf(key));
    }

    [Fact]
    public void A_saved_list_is_read_from_disk_and_a_malformed_one_says_where()
    {
        var path = Path.Combine(Path.GetTempPath(), $"skytells-models-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, SavedList);
        try
        {
            var catalog = SkytellsModelCatalog.Load(path);
            Assert.Equal(2, catalog.Count);
            Assert.True(catalog.IsEdgeCompatible(SkytellsModels.TrueFusionPro));
            Assert.False(catalog.IsEdgeCompatible("brand-new-model"));
            Assert.Null(catalog.IsEdgeCompatible("no-flag-model"));
            Assert.Null(catalog.IsEdgeCompatible("unlisted"));
        }
        finally
        {
            File.Delete(path);
        }

        var error = Assert.Throws<SkytellsConfigurationException>(() => SkytellsModelCatalog.Parse("[{\"namespace\":\"a\"},\n {\"name\":\"no slug\"}]"));
        Assert.Contains("(2,", error.Message, StringComparison.Ordinal);
        Assert.Throws<SkytellsConfigurationException>(() => SkytellsModelCatalog.Parse("{\"data\":[]}"));
    }

    [Fact]
    public async Task A_fetched_catalog_matches_the_server_and_refreshes_in_the_background_once_stale()
    {
        var key = fixture.NewKey();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var reader = fixture.Client(key);
        var catalog = await SkytellsModelCatalog.FetchAsync(reader.Models, TimeSpan.FromMinutes(10), time, TestContext.Token);

        Assert.Equal(ModelCatalog.All.Count, catalog.Count);
        Assert.True(catalog.IsEdgeCompatible(SkytellsModels.TrueFusionEdge));
        Assert.False(catalog.IsEdgeCompatible(SkytellsModels.TrueFusionPro));
        time.Advance(TimeSpan.FromMinutes(9));
        Assert.True(catalog.IsEdgeCompatible(SkytellsModels.Flux1Edge));
        Assert.Single(fixture.RequestsOf(key));

        time.Advance(TimeSpan.FromMinutes(2));
        var loaded = catalog.LoadedAt;
        Assert.True(catalog.IsEdgeCompatible(SkytellsModels.Flux1Edge), "a stale copy still answers while the refresh runs");
        Assert.Equal(2, (await fixture.WaitForRequestsOfAsync(key, 2)).Count);
        await WaitUntilAsync(() => catalog.LoadedAt > loaded);

        // A refresh that fails keeps the copy in hand.
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, PathContains = "/models", StatusCode = 500, Times = 10 });
        time.Advance(TimeSpan.FromMinutes(11));
        Assert.True(catalog.IsEdgeCompatible(SkytellsModels.TrueFusionEdge));
        Assert.True((await fixture.WaitForRequestsOfAsync(key, 3)).Count >= 3);
        Assert.True(catalog.IsEdgeCompatible(SkytellsModels.TrueFusionEdge));
        Assert.Equal(ModelCatalog.All.Count, catalog.Count);
    }

    [Fact]
    public async Task Only_a_fetched_catalog_refreshes()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => SkytellsModelCatalog.Parse(SavedList).RefreshAsync(TestContext.Token));
        var fromModels = SkytellsModelCatalog.FromModels([new SkytellsModel { Namespace = "x", Metadata = new SkytellsModelMetadata { EdgeCompatible = true } }, new SkytellsModel { Namespace = "y" }]);
        Assert.Equal(1, fromModels.Count);
        Assert.True(fromModels.IsEdgeCompatible("x"));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(10, patience.Token);
        }
    }
}
