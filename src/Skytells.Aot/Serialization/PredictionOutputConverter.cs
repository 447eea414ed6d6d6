using System.Text.Json;
using System.Text.Json.Serialization;

namespace Skytells;

/// <summary>Normalises <c>output</c> to a list: null or absent is empty, a string is one item, non-string items keep their raw JSON.</summary>
internal sealed class PredictionOutputConverter : JsonConverter<IReadOnlyList<string>>
{
    public override bool HandleNull => true;

    public override IReadOnlyList<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    /// <summary>Reads the output at the reader's current token.</summary>
    internal static IReadOnlyList<string> ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return [];
            case JsonTokenType.String:
                return [reader.GetString()!];
            case JsonTokenType.StartArray:
                var items = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        items.Add(reader.GetString()!);
                    }
                    else if (reader.TokenType != JsonTokenType.Null)
                    {
                        using var item = JsonDocument.ParseValue(ref reader);
                        items.Add(item.RootElement.GetRawText());
                    }
                }

                return items;
            default:
                using (var other = JsonDocument.ParseValue(ref reader))
                {
                    return [other.RootElement.GetRawText()];
                }
        }
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}
