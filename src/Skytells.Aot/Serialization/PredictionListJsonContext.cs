using System.Text.Json.Serialization;

namespace Skytells;

/// <summary>The prediction list answers (a bare array, or <c>{data, pagination}</c>), apart from <see cref="SkytellsJsonContext"/>.</summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(List<Prediction>))]
[JsonSerializable(typeof(PredictionListResponse))]
internal sealed partial class PredictionListJsonContext : JsonSerializerContext;
