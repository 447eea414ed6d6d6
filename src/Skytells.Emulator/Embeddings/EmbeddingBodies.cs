namespace Skytells.Emulator.Embeddings;

/// <summary>The <c>/v1/embeddings</c> answer (spec section 2.10), with vectors as <typeparamref name="TVector"/>.</summary>
internal sealed record EmbeddingListBody<TVector>(string Object, IReadOnlyList<EmbeddingItemBody<TVector>> Data, string Model, EmbeddingUsageBody Usage);

/// <summary>One vector: JSON numbers (<c>float[]</c>), or base64 of little-endian float32 (<c>string</c>) when asked.</summary>
internal sealed record EmbeddingItemBody<TVector>(string Object, int Index, TVector Embedding);

/// <summary>Token usage of an embeddings request.</summary>
internal sealed record EmbeddingUsageBody(int PromptTokens, int TotalTokens);
