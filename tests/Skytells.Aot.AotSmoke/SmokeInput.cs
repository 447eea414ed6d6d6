using System.Text.Json.Serialization;

namespace Skytells.AotSmoke;

/// <summary>A caller-defined input type, serialized through its own source-generated context.</summary>
internal sealed record SmokeInput(
    [property: JsonPropertyName("prompt")] string Prompt,
    [property: JsonPropertyName("width")] int Width,
    [property: JsonPropertyName("height")] int Height);

[JsonSerializable(typeof(SmokeInput))]
internal sealed partial class SmokeJsonContext : JsonSerializerContext;
