namespace Skytells;

/// <summary>The vectors of an embeddings request, one per input, in input order.</summary>
public sealed class EmbeddingResult
{
    internal EmbeddingResult(string? model, IReadOnlyList<ReadOnlyMemory<float>> vectors, EmbeddingUsage? usage)
    {
        Model = model;
        Vectors = vectors;
        Usage = usage;
    }

    /// <summary>The model that answered.</summary>
    public string? Model { get; }

    /// <summary>One vector per input, in the order of the inputs.</summary>
    public IReadOnlyList<ReadOnlyMemory<float>> Vectors { get; }

    /// <summary>The first vector (the common case of one input).</summary>
    public ReadOnlyMemory<float> Vector => Vectors.Count > 0 ? Vectors[0] : ReadOnlyMemory<float>.Empty;

    /// <summary>Tokens read.</summary>
    public EmbeddingUsage? Usage { get; }

    /// <inheritdoc />
    public override string ToString() => $"EmbeddingResult {Model} ({Vectors.Count} vectors of {Vector.Length})";
}

/// <summary>Token usage of an embeddings request.</summary>
public sealed class EmbeddingUsage
{
    /// <summary>Tokens in the inputs.</summary>
    public int PromptTokens { get; init; }

    /// <summary>Tokens billed.</summary>
    public int TotalTokens { get; init; }
}
