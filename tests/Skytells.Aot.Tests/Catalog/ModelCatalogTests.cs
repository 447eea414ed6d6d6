using System.Reflection;

namespace Skytells.Tests.Catalog;

public sealed class ModelCatalogTests
{
    private static string[] ConstantIds() =>
        typeof(SkytellsModels).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToArray();

    public static TheoryData<string> ModelConstants() => new(ConstantIds());

    [Theory]
    [MemberData(nameof(ModelConstants))]
    public void Every_model_constant_is_in_the_catalog(string id)
    {
        Assert.True(ModelCatalog.TryGet(id, out var entry));
        Assert.Equal(id, entry.Id);
        Assert.NotEqual(ModelKind.Unknown, entry.Kind);
    }

    [Fact]
    public void Catalog_ids_are_unique_and_all_have_constants()
    {
        var constants = ConstantIds().ToHashSet(StringComparer.Ordinal);
        Assert.Equal(ModelCatalog.All.Count, ModelCatalog.All.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(ModelCatalog.All, entry => Assert.Contains(entry.Id, constants));
    }

    [Theory]
    [InlineData(SkytellsModels.TrueFusionEdge)]
    [InlineData(SkytellsModels.Flux1Edge)]
    [InlineData(SkytellsModels.DeepBrainRouter)]
    public void Seed_edge_models_support_edge(string id)
    {
        Assert.True(ModelCatalog.TryGet(id, out var entry));
        Assert.True(entry.SupportsEdge);
        Assert.False(ModelCatalog.IsKnownNonEdge(id));
    }

    [Theory]
    [InlineData(SkytellsModels.TrueFusionPro, ModelKind.Image)]
    [InlineData(SkytellsModels.TrueFusionUltra, ModelKind.Image)]
    [InlineData(SkytellsModels.TrueFusionVideoPro, ModelKind.Video)]
    [InlineData(SkytellsModels.Veo31, ModelKind.Video)]
    [InlineData(SkytellsModels.Sora2, ModelKind.Video)]
    [InlineData(SkytellsModels.BeatFusion20, ModelKind.Audio)]
    public void Seed_standard_only_models_are_known_non_edge(string id, ModelKind kind)
    {
        Assert.True(ModelCatalog.IsKnownNonEdge(id));
        Assert.True(ModelCatalog.TryGet(id, out var entry));
        Assert.Equal(kind, entry.Kind);
    }

    [Theory]
    [InlineData(SkytellsModels.TrueFusionPro, SkytellsModels.TrueFusionEdge)]
    [InlineData(SkytellsModels.TrueFusionUltra, SkytellsModels.TrueFusionEdge)]
    [InlineData(SkytellsModels.FluxPro, SkytellsModels.Flux1Edge)]
    [InlineData(SkytellsModels.Flux2Pro, SkytellsModels.Flux1Edge)]
    public void Non_edge_image_models_name_their_edge_counterpart(string id, string counterpart)
    {
        Assert.Equal([counterpart], ModelCatalog.GetEdgeAlternatives(id));
    }

    [Fact]
    public void An_image_model_without_counterpart_suggests_every_edge_image_model()
    {
        Assert.Equal([SkytellsModels.TrueFusionEdge, SkytellsModels.Flux1Edge], ModelCatalog.GetEdgeAlternatives(SkytellsModels.GptImage1));
    }

    [Theory]
    [InlineData(SkytellsModels.Veo31)]
    [InlineData(SkytellsModels.BeatFusion20)]
    [InlineData(SkytellsModels.TrueFusionEdge)]
    [InlineData("no-such-model")]
    public void Video_audio_edge_and_unknown_models_have_no_alternatives(string id)
    {
        Assert.Empty(ModelCatalog.GetEdgeAlternatives(id));
    }

    [Fact]
    public void Every_counterpart_is_an_edge_model_of_the_same_kind()
    {
        foreach (var entry in ModelCatalog.All.Where(e => e.EdgeCounterpart is not null))
        {
            Assert.True(ModelCatalog.TryGet(entry.EdgeCounterpart!, out var counterpart));
            Assert.True(counterpart.SupportsEdge);
            Assert.Equal(entry.Kind, counterpart.Kind);
        }
    }

    [Fact]
    public void Lookup_is_ordinal_so_unknown_spellings_are_left_to_the_server()
    {
        Assert.False(ModelCatalog.TryGet("TrueFusion-Pro", out _));
        Assert.False(ModelCatalog.IsKnownNonEdge("TrueFusion-Pro"));
    }
}
