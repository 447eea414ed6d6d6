using System.Text.Json;
using System.Text.Json.Serialization;

namespace Skytells;

/// <summary>Reads <c>model</c> as <c>{name, type}</c> or as a plain slug string.</summary>
internal sealed class PredictionModelConverter : JsonConverter<PredictionModel>
{
    public override PredictionModel? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    /// <summary>Reads the model at the reader's current token; the name and type recur from one answer to the next.</summary>
    internal static PredictionModel? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return new PredictionModel { Name = RecurringStringConverter.ReadValue(ref reader) };
            case JsonTokenType.StartObject:
                string? name = null, type = null;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    // Names are compared on the raw bytes: no string per property.
                    var isName = reader.ValueTextEquals("name"u8);
                    var isType = !isName && reader.ValueTextEquals("type"u8);
                    reader.Read();
                    var value = (isName || isType) && reader.TokenType == JsonTokenType.String ? RecurringStringConverter.ReadValue(ref reader) : null;
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        reader.Skip();
                    }

                    if (isName)
                    {
                        name = value;
                    }
                    else if (isType)
                    {
                        type = value;
                    }
                }

                return new PredictionModel { Name = name, Type = type };
            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, PredictionModel value, JsonSerializerOptions options) => WriteValue(writer, value);

    /// <summary>Writes the model as <c>{name, type}</c>.</summary>
    internal static void WriteValue(Utf8JsonWriter writer, PredictionModel value)
    {
        writer.WriteStartObject();
        if (value.Name is not null)
        {
            writer.WriteString("name", value.Name);
        }

        if (value.Type is not null)
        {
            writer.WriteString("type", value.Type);
        }

        writer.WriteEndObject();
    }
}
