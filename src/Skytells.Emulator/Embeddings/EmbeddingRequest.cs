namespace Skytells.Emulator.Embeddings;

/// <summary>A parsed <c>POST /v1/embeddings</c> body.</summary>
internal sealed record EmbeddingRequest(string Model, IReadOnlyList<string> Inputs, bool Base64, int? Dimensions);
