namespace Skytells.Benchmarks.HandWritten;

/// <summary>POST /v1/embeddings body: one input, asking for base64 as the library does.</summary>
public sealed class EmbeddingRequestBody
{
    public required string Model { get; init; }

    public required string Input { get; init; }

    public string EncodingFormat { get; init; } = "base64";
}

/// <summary>The embeddings fields a caller reads: the vectors (base64 text) and the usage.</summary>
public sealed class EmbeddingAnswer
{
    public List<EmbeddingItem>? Data { get; init; }

    public ChatUsageCounts? Usage { get; init; }
}

public sealed class EmbeddingItem
{
    public int Index { get; init; }

    public string? Embedding { get; init; }
}
