namespace Skytells;

/// <summary>
/// One model of a saved <c>GET /models</c> answer: what the analyzer and the run-time catalog need from it.
/// </summary>
internal sealed class ModelListEntry
{
    internal ModelListEntry(string slug, bool? edgeCompatible, string? name, string? type, string? status)
    {
        Slug = slug;
        EdgeCompatible = edgeCompatible;
        Name = name;
        Type = type;
        Status = status;
    }

    /// <summary>The model id sent on the wire (the answer's <c>namespace</c>).</summary>
    public string Slug { get; }

    /// <summary><c>metadata.edge_compatible</c>, or null when the answer does not say.</summary>
    public bool? EdgeCompatible { get; }

    /// <summary>The display name, when present.</summary>
    public string? Name { get; }

    /// <summary><c>image</c>, <c>video</c>, <c>audio</c>, <c>music</c>, <c>text</c>, ... when present.</summary>
    public string? Type { get; }

    /// <summary><c>operational</c> or <c>offline</c>, when present.</summary>
    public string? Status { get; }

    /// <inheritdoc />
    public override string ToString() => Slug;
}
