using System.Text.Json.Serialization;

namespace Skytells.Benchmarks.HandWritten;

/// <summary>The baseline's own source-generated context: snake_case on the wire, nulls left out, no reflection.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CreatePredictionBody))]
[JsonSerializable(typeof(PredictionResult))]
[JsonSerializable(typeof(ChatRequestBody))]
[JsonSerializable(typeof(ChatAnswer))]
[JsonSerializable(typeof(ChatChunk))]
[JsonSerializable(typeof(EmbeddingRequestBody))]
[JsonSerializable(typeof(EmbeddingAnswer))]
public sealed partial class HandWrittenJson : JsonSerializerContext;
