using System.Text.Json;
using System.Text.Json.Serialization;

namespace Skytells;

/// <summary>
/// The library's one source-generated JSON context: snake_case wire names, nulls omitted, numbers accepted as strings.
/// Nothing in the library serializes through reflection.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(LenientDateTimeOffsetConverter)])]
[JsonSerializable(typeof(Prediction))]
[JsonSerializable(typeof(PredictionWebhookInfo))]
[JsonSerializable(typeof(PredictionMetrics))]
[JsonSerializable(typeof(PredictionMetadata))]
[JsonSerializable(typeof(PredictionStorage))]
[JsonSerializable(typeof(PredictionUrls))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(List<Prediction>))]
[JsonSerializable(typeof(PredictionListResponse))]
[JsonSerializable(typeof(ImageInput))]
[JsonSerializable(typeof(VideoInput))]
[JsonSerializable(typeof(MusicInput))]
[JsonSerializable(typeof(ChatCompletionRequest))]
[JsonSerializable(typeof(ChatCompletion))]
[JsonSerializable(typeof(IReadOnlyList<ChatChoice>))]
[JsonSerializable(typeof(ChatUsage))]
[JsonSerializable(typeof(IReadOnlyList<ChatToolCall>))]
[JsonSerializable(typeof(ChatCompletionChunk))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonObject))]
internal sealed partial class SkytellsJsonContext : JsonSerializerContext
{
}
