using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Skytells;

/// <summary>Reads generated content sent as a string or, by some routers, as an array of <c>{text}</c> parts.</summary>
internal sealed class ChatTextConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    /// <summary>Reads the content at the reader's current token.</summary>
    internal static string? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.StartArray:
                var text = new StringBuilder();
                using (var document = JsonDocument.ParseValue(ref reader))
                {
                    foreach (var part in document.RootElement.EnumerateArray())
                    {
                        if (part.ValueKind == JsonValueKind.String)
                        {
                            text.Append(part.GetString());
                        }
                        else if (part.ValueKind == JsonValueKind.Object && part.TryGetProperty("text", out var value) && value.ValueKind == JsonValueKind.String)
                        {
                            text.Append(value.GetString());
                        }
                    }
                }

                return text.ToString();
            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
