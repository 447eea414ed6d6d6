namespace Skytells;

/// <summary>Optional settings of an embeddings request.</summary>
public sealed class EmbeddingOptions
{
    /// <summary>Vector length, for models that can shorten their vectors; null keeps the model's own.</summary>
    public int? Dimensions { get; set; }

    /// <summary>The wire form of the vectors (default <see cref="EmbeddingEncoding.Base64"/>); what you get is the same.</summary>
    public EmbeddingEncoding Encoding { get; set; } = EmbeddingEncoding.Base64;

    /// <summary>An end-user id for abuse monitoring.</summary>
    public string? User { get; set; }
}
