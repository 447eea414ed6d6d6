using System.Text.Json;
using System.Text.Json.Serialization;

namespace Skytells;

/// <summary>
/// The library's main source-generated JSON context: snake_case wire names, nulls omitted, numbers accepted as
/// strings. Nothing in the library serializes through reflection. Types only some applications use have contexts of
/// their own (<see cref="PredictionListJsonContext"/>, <see cref="JsonNodeContext"/>): a context's metadata is linked
/// in whole once any of it is used, so an app that never lists predictions or sends a <c>JsonObject</c> carries none
/// of theirs.
/// </summary>
/// <remarks>Metadata mode only: the serializer's generated fast paths were larger than they were faster here.</remarks>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
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
internal sealed partial class SkytellsJsonContext : JsonSerializerContext
{
}
