using System.Text.Json.Serialization;

namespace Skytells;

/// <summary>The <c>/models</c> answers, apart from <see cref="SkytellsJsonContext"/> so only applications that read models link them.</summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(SkytellsModel))]
[JsonSerializable(typeof(List<SkytellsModel>))]
[JsonSerializable(typeof(ModelListResponse))]
internal sealed partial class ModelJsonContext : JsonSerializerContext;

