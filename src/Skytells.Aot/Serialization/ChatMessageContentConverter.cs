using System.Text.Json;
using System.Text.Json.Serialization;

namespace Skytells;

/// <summary>Writes message content as a string or as an array of parts, and reads either back.</summary>
internal sealed class ChatMessageContentConverter : JsonConverter<ChatMessageContent>
{
    public override ChatMessageContent? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            return new ChatMessageContent(reader.GetString()!);
        }

        using var document = JsonDocument.ParseValue(ref reader);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("Message content must be a string or an array of parts.");
        }

        var parts = new List<ChatContentPart>();
        foreach (var part in document.RootElement.EnumerateArray())
        {
            var type = part.TryGetProperty("type", out var t) ? t.GetString() ?? "text" : "text";
            var text = part.TryGetProperty("text", out var x) ? x.GetString() : null;
            ChatImageUrl? image = null;
            if (part.TryGetProperty("image_url", out var i) && i.ValueKind == JsonValueKind.Object && i.TryGetProperty("url", out var url))
            {
                image = new ChatImageUrl { Url = url.GetString() ?? "", Detail = i.TryGetProperty("detail", out var d) ? d.GetString() : null };
            }

            parts.Add(new ChatContentPart { Type = type, Text = text, ImageUrl = image });
        }

        return new ChatMessageContent(parts);
    }

    public override void Write(Utf8JsonWriter writer, ChatMessageContent value, JsonSerializerOptions options)
    {
        if (value.Text is not null)
        {
            writer.WriteStringValue(value.Text);
            return;
        }

        writer.WriteStartArray();
        foreach (var part in value.Parts!)
        {
            writer.WriteStartObject();
            writer.WriteString("type", part.Type);
            if (part.Text is not null)
            {
                writer.WriteString("text", part.Text);
            }

            if (part.ImageUrl is { } image)
            {
                writer.WriteStartObject("image_url");
                writer.WriteString("url", image.Url);
                if (image.Detail is not null)
                {
                    writer.WriteString("detail", image.Detail);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
