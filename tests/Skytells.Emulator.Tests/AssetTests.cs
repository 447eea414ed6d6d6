using System.Net;
using Skytells.Emulator.Tests.Infrastructure;

namespace Skytells.Emulator.Tests;

public sealed class AssetTests
{
    [Theory]
    [InlineData(SkytellsModels.TrueFusion, "image/png", new byte[] { 0x89, 0x50, 0x4E, 0x47 })]
    [InlineData(SkytellsModels.Veo31, "video/mp4", new byte[] { 0x00, 0x00, 0x00, 0x18, 0x66, 0x74, 0x79, 0x70 })]
    [InlineData(SkytellsModels.BeatFusion20, "audio/mpeg", new byte[] { 0x49, 0x44, 0x33 })]
    public async Task Output_urls_are_served_with_a_fitting_type_and_stable_bytes(string model, string contentType, byte[] magic)
    {
        await using var host = await EmulatorHost.StartAsync(o => o.TimeScale = 0);
        var prediction = (await host.CreateAsync(model)).AssertOk().Json;
        var url = prediction.GetProperty("output")[0].GetString()!;
        var declaredSize = prediction.GetProperty("metadata").GetProperty("storage").GetProperty("files")[0].GetProperty("size").GetInt32();

        // Assets are public, like the real CDN: no key.
        using var first = await host.Http.GetAsync(url);
        using var second = await host.Http.GetAsync(url);
        var bytes = await first.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(contentType, first.Content.Headers.ContentType?.MediaType);
        Assert.Equal(magic, bytes.Take(magic.Length));
        Assert.Equal(declaredSize, bytes.Length);
        Assert.Equal(bytes, await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Assets_of_unfinished_predictions_or_wrong_names_are_404()
    {
        await using var host = await EmulatorHost.StartAsync(o =>
        {
            o.ModelLatency[SkytellsModels.Veo31] = TimeSpan.FromHours(1);
            o.ModelLatency[SkytellsModels.TrueFusion] = TimeSpan.Zero;
        });
        var running = (await host.CreateAsync(SkytellsModels.Veo31)).AssertOk().Str("id");
        var done = (await host.CreateAsync(SkytellsModels.TrueFusion)).AssertOk().Str("id");
        var origin = host.Emulator.StandardBaseUrl.GetLeftPart(UriPartial.Authority);

        foreach (var path in new[] { $"/assets/{running}/0.mp4", $"/assets/{done}/1.png", $"/assets/{done}/0.mp4", $"/assets/{done}/x.png", "/assets/nope/0.png" })
        {
            (await host.SendAsync(HttpMethod.Get, new Uri(origin + path), apiKey: null)).AssertError(HttpStatusCode.NotFound, "NOT_FOUND");
        }

        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(HttpMethod.Get, new Uri($"{origin}/assets/{done}/0.png"), apiKey: null)).Status);
    }

    [Fact]
    public async Task Output_urls_point_at_the_gateway_that_created_the_prediction()
    {
        await using var host = await EmulatorHost.StartAsync();

        var url = (await host.CreateAsync(SkytellsModels.Flux1Edge, EmulatorGateway.Edge)).AssertOk().Json.GetProperty("output")[0].GetString()!;

        Assert.StartsWith(host.Emulator.EdgeBaseUrl.GetLeftPart(UriPartial.Authority) + "/assets/", url);
    }
}
