using System.Text.Json;
using System.Text.Json.Serialization;

namespace Skytells;

/// <summary>Reads <c>model</c> as <c>{name, type}</c> or as a plain slug string.</summary>
internal sealed class PredictionModelConverter : JsonConverter<PredictionModel>
{
    public override PredictionModel? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return new PredictionModel { Name = reader.GetString() };
            case JsonTokenType.StartObject:
                string? name = null, type = null;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    // Names are compared on the raw bytes: no string per property.
                    var isName = reader.ValueTextEquals("name"u8);
                    var isType = !isName && reader.ValueTextEquals("type"u8);
                    reader.Read();
                    var value = (isName || isType) && reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
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

    public override void Write(Utf8JsonWriter writer, PredictionModel value, JsonSerializerOptions options)
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
