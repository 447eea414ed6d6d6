using System.Text.Json;

namespace Skytells;

/// <summary>The output format: <c>text</c>, <c>json_object</c>, or <c>json_schema</c> with a schema.</summary>
public sealed class ChatResponseFormat
{
    /// <summary>Plain text.</summary>
    public static ChatResponseFormat Text { get; } = new() { Type = "text" };

    /// <summary>Any JSON object.</summary>
    public static ChatResponseFormat JsonObject { get; } = new() { Type = "json_object" };

    /// <summary>The format type.</summary>
    public required string Type { get; init; }

    /// <summary>For <c>json_schema</c>: <c>{name, schema, strict}</c>.</summary>
    public JsonElement? JsonSchema { get; init; }

    /// <summary>JSON that follows <paramref name="schema"/>.</summary>
    public static ChatResponseFormat ForJsonSchema(JsonElement schema) => new() { Type = "json_schema", JsonSchema = schema };
}
