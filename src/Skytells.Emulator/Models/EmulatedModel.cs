namespace Skytells.Emulator;

/// <summary>
/// A model the emulator serves in addition to the built-in catalog, for instance one that became Edge-capable after
/// this release. An entry with the id of a catalog model replaces that model.
/// </summary>
public sealed class EmulatedModel
{
    /// <summary>Describes a model.</summary>
    /// <param name="id">The model id (slug) as sent on the wire, compared ordinally.</param>
    /// <param name="kind">What the model produces.</param>
    /// <param name="supportsEdge">Whether the Edge gateway serves the model.</param>
    public EmulatedModel(string id, ModelKindName kind, bool supportsEdge = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown model kind.");
        }

        Id = id;
        Kind = kind;
        SupportsEdge = supportsEdge;
    }

    /// <summary>The model id (slug).</summary>
    public string Id { get; }

    /// <summary>What the model produces.</summary>
    public ModelKindName Kind { get; }

    /// <summary>Whether the Edge gateway serves the model.</summary>
    public bool SupportsEdge { get; }

    /// <summary>Whether the prediction endpoints serve this model (text and embedding models have their own endpoints).</summary>
    internal bool ServedByPredictions => Kind is ModelKindName.Image or ModelKindName.Video or ModelKindName.Audio;

    /// <inheritdoc />
    public override string ToString() => Id;
}
