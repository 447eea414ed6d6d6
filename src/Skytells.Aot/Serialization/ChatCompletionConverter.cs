using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Skytells;

/// <summary>
/// Serializer entry for <see cref="ChatCompletion"/>: reads through <see cref="ChatCompletionReader"/> (the client's
/// own reads call it directly on the answer's bytes) and writes every field in the API's shape.
/// </summary>
internal sealed class ChatCompletionConverter : JsonConverter<ChatCompletion>
{
    public override ChatCompletion? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // The reader hides its buffer, and the completion keeps copies from one: take the value as a document first.
        using var value = JsonDocument.ParseValue(ref reader);
        return ChatCompletionReader.Read(JsonMarshal.GetRawUtf8Value(value.RootElement));
    }

    public override void Write(Utf8JsonWriter writer, ChatCompletion value, JsonSerializerOptions options)
    {
        var context = SkytellsJsonContext.Default;
        writer.WriteStartObject();
        JsonMembersWriter.WriteIfSet(writer, "id"u8, value.Id);
        JsonMembersWriter.WriteIfSet(writer, "object"u8, value.ObjectType);
        if (value.Created is { } created)
        {
            writer.WriteNumber("created"u8, created);
        }

        JsonMembersWriter.WriteIfSet(writer, "model"u8, value.Model);
        JsonMembersWriter.WriteIfSet(writer, "system_fingerprint"u8, value.SystemFingerprint);
        writer.WritePropertyName("choices"u8);
        JsonSerializer.Serialize(writer, value.Choices, context.IReadOnlyListChatChoice);
        if (value.Usage is { } usage)
        {
            writer.WritePropertyName("usage"u8);
            JsonSerializer.Serialize(writer, usage, context.ChatUsage);
        }

        if (value.PromptFilterResults is { } promptFilterResults)
        {
            writer.WritePropertyName("prompt_filter_results"u8);
            promptFilterResults.WriteTo(writer);
        }

        JsonMembersWriter.WriteUnknown(writer, value.AdditionalProperties);
        writer.WriteEndObject();
    }
}
