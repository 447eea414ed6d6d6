using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Skytells.Aot.Analyzers;

/// <summary>
/// What the analyzer knows about a model id, from three sources in order of authority: the user's own list of
/// Edge-capable models (<see cref="AdditionalEdgeModels"/>, checked by the caller), the saved server answer
/// (<see cref="ModelListFile"/>), then the catalog compiled into this release. The saved answer is read only when a
/// model id is actually checked, so projects without Skytells calls never open it.
/// </summary>
internal sealed class ModelKnowledge
{
    private readonly Lazy<ModelListFile?> _file;

    public ModelKnowledge(AnalyzerOptions options, CancellationToken cancellationToken) =>
        _file = new Lazy<ModelListFile?>(() => ModelListFile.Find(options, cancellationToken));

    private IReadOnlyDictionary<string, ModelListEntry>? Listed => _file.Value?.Entries;

    /// <summary>Whether the saved answer or the catalog lists <paramref name="modelId"/>.</summary>
    public bool IsKnown(string modelId) =>
        (Listed?.ContainsKey(modelId) ?? false) || ModelCatalog.TryGet(modelId, out _);

    /// <summary>Whether <paramref name="modelId"/> is known not to be served by Edge: the saved answer decides when it says.</summary>
    public bool IsKnownNonEdge(string modelId) =>
        ListedEdgeCompatible(modelId) is { } compatible ? !compatible : ModelCatalog.IsKnownNonEdge(modelId);

    /// <summary>Edge-capable models to suggest instead of <paramref name="modelId"/>, best first.</summary>
    public IReadOnlyList<string> GetEdgeAlternatives(string modelId)
    {
        var alternatives = new List<string>();
        if (ModelCatalog.TryGet(modelId, out var entry) && !entry.SupportsEdge)
        {
            foreach (var candidate in ModelCatalog.GetEdgeAlternatives(modelId))
            {
                if (!IsKnownNonEdge(candidate))
                {
                    alternatives.Add(candidate);
                }
            }

            if (alternatives.Count > 0)
            {
                return alternatives;
            }
        }

        // No usable counterpart: every Edge-capable model of the same kind, from the catalog then the saved answer.
        var kind = entry?.Kind ?? KindOf(Listed is { } listed && listed.TryGetValue(modelId, out var model) ? model.Type : null);
        if (kind == ModelKind.Unknown)
        {
            return alternatives;
        }

        foreach (var candidate in ModelCatalog.All)
        {
            if (candidate.Kind == kind && candidate.Id != modelId && !IsKnownNonEdge(candidate.Id) && !alternatives.Contains(candidate.Id))
            {
                alternatives.Add(candidate.Id);
            }
        }

        foreach (var candidate in Listed?.Values ?? [])
        {
            if (candidate.EdgeCompatible == true && KindOf(candidate.Type) == kind && candidate.Slug != modelId && !alternatives.Contains(candidate.Slug))
            {
                alternatives.Add(candidate.Slug);
            }
        }

        return alternatives;
    }

    private bool? ListedEdgeCompatible(string modelId) =>
        Listed is { } listed && listed.TryGetValue(modelId, out var model) ? model.EdgeCompatible : null;

    // The API's `type` values (spec section 8) on the catalog's kinds.
    private static ModelKind KindOf(string? type) => type switch
    {
        "image" => ModelKind.Image,
        "video" => ModelKind.Video,
        "audio" or "music" => ModelKind.Audio,
        "text" or "code" or "multimodal" => ModelKind.Text,
        "embedding" or "embeddings" => ModelKind.Embedding,
        _ => ModelKind.Unknown,
    };
}
