namespace Skytells;

/// <summary>One model id of the catalog: its kind, whether Edge serves it, and its Edge counterpart.</summary>
#if SKYTELLS_INTERNAL_CATALOG
internal
#else
public
#endif
sealed class ModelCatalogEntry
{
    internal ModelCatalogEntry(string id, ModelKind kind, bool supportsEdge, string? edgeCounterpart)
    {
        Id = id;
        Kind = kind;
        SupportsEdge = supportsEdge;
        EdgeCounterpart = edgeCounterpart;
    }

    /// <summary>The model id as sent on the wire.</summary>
    public string Id { get; }

    /// <summary>What the model produces.</summary>
    public ModelKind Kind { get; }

    /// <summary>Whether the Edge gateway serves this model.</summary>
    public bool SupportsEdge { get; }

    /// <summary>The nearest Edge-capable model for a non-Edge model, when one exists.</summary>
    public string? EdgeCounterpart { get; }

    /// <inheritdoc />
    public override string ToString() => Id;
}
