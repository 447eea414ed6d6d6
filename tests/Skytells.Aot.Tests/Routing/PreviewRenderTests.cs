using System.Text.Json;
using Skytells.Emulator;
using Skytells.Tests.Integration;

namespace Skytells.Tests.Routing;

public sealed class PreviewRenderTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Fires_an_edge_preview_and_a_standard_final_render_with_the_guide_defaults()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var result = await client.RenderWithPreviewAsync("red fox", new PreviewRenderOptions { FinalWebhook = "https://app.example/api/webhooks/render" }, TestContext.Token);

        Assert.Null(result.PreviewError);
        Assert.Null(result.FinalError);
        Assert.Equal(PredictionStatus.Succeeded, result.Preview!.Status);
        Assert.StartsWith("http://", result.PreviewUrl, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(result.FinalPredictionId));

        var requests = fixture.RequestsOf(key).Where(r => r.Method == "POST").ToList();
        var edge = JsonDocument.Parse(requests.Single(r => r.Gateway == EmulatorGateway.Edge).Body).RootElement;
        var standard = JsonDocument.Parse(requests.Single(r => r.Gateway == EmulatorGateway.Standard).Body).RootElement;
        Assert.Equal("truefusion-edge", edge.GetProperty("model").GetString());
        Assert.Equal(512, edge.GetProperty("input").GetProperty("width").GetInt32());
        Assert.Equal(4, edge.GetProperty("input").GetProperty("num_inference_steps").GetInt32());
        Assert.Equal("truefusion-pro", standard.GetProperty("model").GetString());
        Assert.Equal(1024, standard.GetProperty("input").GetProperty("height").GetInt32());
        Assert.Equal(30, standard.GetProperty("input").GetProperty("num_inference_steps").GetInt32());
        Assert.Equal("https://app.example/api/webhooks/render", standard.GetProperty("webhook").GetString());
    }

    [Fact]
    public async Task A_failed_preview_does_not_hide_the_final_render()
    {
        var key = fixture.NewKey(AccountPlan.Pro);
        using var client = fixture.Client(key);
        var result = await client.RenderWithPreviewAsync("red fox", cancellationToken: TestContext.Token);

        Assert.IsType<SkytellsPermissionException>(result.PreviewError);
        Assert.Null(result.PreviewUrl);
        Assert.Null(result.FinalError);
        Assert.False(string.IsNullOrEmpty(result.FinalPredictionId));
    }

    [Fact]
    public async Task A_failed_final_render_does_not_hide_the_preview()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, Gateway = EmulatorGateway.Standard, StatusCode = 500, ErrorId = "INTERNAL_ERROR" });
        using var client = fixture.Client(key);
        var result = await client.RenderWithPreviewAsync("red fox", cancellationToken: TestContext.Token);

        Assert.IsType<SkytellsServerException>(result.FinalError);
        Assert.Null(result.FinalPredictionId);
        Assert.NotNull(result.PreviewUrl);
    }

    [Fact]
    public async Task The_edge_guard_still_applies_to_the_preview_model()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var options = new PreviewRenderOptions { PreviewModel = GetModel() };
        var result = await client.RenderWithPreviewAsync("red fox", options, TestContext.Token);

        var error = Assert.IsType<SkytellsEdgeNotSupportedException>(result.PreviewError);
        Assert.True(error.RejectedBeforeSending);
        Assert.DoesNotContain(fixture.RequestsOf(key), r => r.Gateway == EmulatorGateway.Edge);
        Assert.NotNull(result.FinalPredictionId);

        // Not a constant, so the analyzer cannot flag it: this test is about the run-time guard.
        static string GetModel() => SkytellsModels.TrueFusionUltra;
    }
}
