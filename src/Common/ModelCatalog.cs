using System.Collections.Generic;

namespace Skytells;

/// <summary>
/// The one list of known models and their Edge support. The client's run-time guard, the emulator and the
/// compile-time analyzer all compile this file, so they cannot disagree.
/// </summary>
#if SKYTELLS_INTERNAL_CATALOG
internal
#else
public
#endif
static class ModelCatalog
{
    private static readonly ModelCatalogEntry[] Entries =
    [
        Edge(SkytellsModels.TrueFusionEdge, ModelKind.Image),
        Edge(SkytellsModels.Flux1Edge, ModelKind.Image),
        Standard(SkytellsModels.TrueFusion, ModelKind.Image, SkytellsModels.TrueFusionEdge),
        Standard(SkytellsModels.TrueFusionPro, ModelKind.Image, SkytellsModels.TrueFusionEdge),
        Standard(SkytellsModels.TrueFusionUltra, ModelKind.Image, SkytellsModels.TrueFusionEdge),
        Standard(SkytellsModels.TrueFusionX, ModelKind.Image, SkytellsModels.TrueFusionEdge),
        Standard(SkytellsModels.TrueFusion2, ModelKind.Image, SkytellsModels.TrueFusionEdge),
        Standard(SkytellsModels.FluxPro, ModelKind.Image, SkytellsModels.Flux1Edge),
        Standard(SkytellsModels.Flux2Pro, ModelKind.Image, SkytellsModels.Flux1Edge),
        Standard(SkytellsModels.Flux20, ModelKind.Image, SkytellsModels.Flux1Edge),
        Standard(SkytellsModels.FluxFast, ModelKind.Image, SkytellsModels.Flux1Edge),
        Standard(SkytellsModels.GptImage1, ModelKind.Image, null),
        Standard(SkytellsModels.TrueFusionVideoPro, ModelKind.Video, null),
        Standard(SkytellsModels.Veo31, ModelKind.Video, null),
        Standard(SkytellsModels.Veo31Fast, ModelKind.Video, null),
        Standard(SkytellsModels.Sora2, ModelKind.Video, null),
        Standard(SkytellsModels.BeatFusion20, ModelKind.Audio, null),
        Standard(SkytellsModels.BeatFusion, ModelKind.Audio, null),
        Edge(SkytellsModels.DeepBrainRouter, ModelKind.Text),
        Edge(SkytellsModels.Gpt5, ModelKind.Text),
        Edge(SkytellsModels.Gpt54, ModelKind.Text),
        Edge(SkytellsModels.Gpt5Nano, ModelKind.Text),
        Edge(SkytellsModels.Gpt53Codex, ModelKind.Text),
        Standard(SkytellsModels.TextEmbedding3Small, ModelKind.Embedding, null),
    ];

    private static readonly Dictionary<string, ModelCatalogEntry> ById = Index(Entries);

    /// <summary>The message the Edge gateway returns (HTTP 422) for a model it does not serve.</summary>
    public const string EdgeNotSupportedMessage = "This model does not support Edge routing.";

    /// <summary>Every known model, in catalog order.</summary>
    public static IReadOnlyList<ModelCatalogEntry> All => Entries;

    /// <summary>Looks a model id up (ordinal, as the server compares ids).</summary>
    public static bool TryGet(string modelId, out ModelCatalogEntry entry)
    {
        if (modelId is not null && ById.TryGetValue(modelId, out var found))
        {
            entry = found;
            return true;
        }

        entry = null!;
        return false;
    }

    /// <summary>
    /// True when the catalog knows <paramref name="modelId"/> and knows that Edge does not serve it.
    /// Unknown ids return false: the server decides for them.
    /// </summary>
    public static bool IsKnownNonEdge(string modelId) => TryGet(modelId, out var entry) && !entry.SupportsEdge;

    /// <summary>
    /// The Edge-capable models to suggest instead of <paramref name="modelId"/>: its counterpart when it has one,
    /// otherwise every Edge model of the same kind (none for video, audio and embeddings).
    /// </summary>
    public static IReadOnlyList<string> GetEdgeAlternatives(string modelId)
    {
        if (!TryGet(modelId, out var entry) || entry.SupportsEdge)
        {
            return [];
        }

        if (entry.EdgeCounterpart is { } counterpart)
        {
            return [counterpart];
        }

        var alternatives = new List<string>();
        foreach (var candidate in Entries)
        {
            if (candidate.SupportsEdge && candidate.Kind == entry.Kind)
            {
                alternatives.Add(candidate.Id);
            }
        }

        return alternatives;
    }

    private static ModelCatalogEntry Edge(string id, ModelKind kind) => new(id, kind, supportsEdge: true, edgeCounterpart: null);

    private static ModelCatalogEntry Standard(string id, ModelKind kind, string? edgeCounterpart) =>
        new(id, kind, supportsEdge: false, edgeCounterpart);

    private static Dictionary<string, ModelCatalogEntry> Index(ModelCatalogEntry[] entries)
    {
        var index = new Dictionary<string, ModelCatalogEntry>(entries.Length, System.StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            index.Add(entry.Id, entry);
        }

        return index;
    }
}
