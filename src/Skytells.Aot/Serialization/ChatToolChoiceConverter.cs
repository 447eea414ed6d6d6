using System.Text.Json;
using System.Text.Json.Serialization;

namespace Skytells;

/// <summary>Writes <c>tool_choice</c> as a mode string or as <c>{type:"function", function:{name}}</c>.</summary>
internal sealed class ChatToolChoiceConverter : JsonConverter<ChatToolChoice>
{
    public override ChatToolChoice? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString() switch
            {
                "none" => ChatToolChoice.None,
                "required" => ChatToolChoice.Required,
                _ => ChatToolChoice.Auto,
            };
        }

        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.TryGetProperty("function", out var function) && function.TryGetProperty("name", out var name) && name.GetString() is { Length: > 0 } text
            ? ChatToolChoice.Function(text)
            : null;
    }

    public override void Write(Utf8JsonWriter writer, ChatToolChoice value, JsonSerializerOptions options)
    {
        if (value.Mode is not null)
        {
            writer.WriteStringValue(value.Mode);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("type", "function");
        writer.WriteStartObject("function");
        writer.WriteString("name", value.FunctionName);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
