using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Skytells;

/// <summary>
/// Serializer entry for <see cref="Prediction"/>: reads through <see cref="PredictionReader"/> (the client's own
/// reads call it directly on the answer's bytes) and writes every field in the API's shape.
/// </summary>
internal sealed class PredictionConverter : JsonConverter<Prediction>
{
    public override Prediction? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // The reader hides its buffer, and the prediction keeps slices of one: take the value as a document first.
        using var value = JsonDocument.ParseValue(ref reader);
        return PredictionReader.Read(JsonMarshal.GetRawUtf8Value(value.RootElement));
    }

    public override void Write(Utf8JsonWriter writer, Prediction value, JsonSerializerOptions options)
    {
        var context = SkytellsJsonContext.Default;
        writer.WriteStartObject();
        writer.WriteString("id"u8, value.Id);
        writer.WritePropertyName("status"u8);
        PredictionStatusConverter.WriteValue(writer, value.Status);
        JsonMembersWriter.WriteIfSet(writer, "type"u8, value.Type);
        if (value.Stream is { } stream)
        {
            writer.WriteBoolean("stream"u8, stream);
        }

        if (value.Model is { } model)
        {
            writer.WritePropertyName("model"u8);
            PredictionModelConverter.WriteValue(writer, model);
        }

        if (value.Input is { } input)
        {
            writer.WritePropertyName("input"u8);
            input.WriteTo(writer);
        }

        writer.WritePropertyName("output"u8);
        JsonSerializer.Serialize(writer, value.Output, context.IReadOnlyListString);
        JsonMembersWriter.WriteIfSet(writer, "response"u8, value.Response);
        JsonMembersWriter.WriteIfSet(writer, "error"u8, value.Error);
        WriteIfSet(writer, "created_at"u8, value.CreatedAt);
        WriteIfSet(writer, "started_at"u8, value.StartedAt);
        WriteIfSet(writer, "completed_at"u8, value.CompletedAt);
        WriteIfSet(writer, "updated_at"u8, value.UpdatedAt);
        JsonMembersWriter.WriteIfSet(writer, "privacy"u8, value.Privacy);
        JsonMembersWriter.WriteIfSet(writer, "source"u8, value.Source);
        WriteIfSet(writer, "webhook"u8, value.Webhook, context.PredictionWebhookInfo);
        WriteIfSet(writer, "metrics"u8, value.Metrics, context.PredictionMetrics);
        WriteIfSet(writer, "metadata"u8, value.Metadata, context.PredictionMetadata);
        WriteIfSet(writer, "urls"u8, value.Urls, context.PredictionUrls);
        JsonMembersWriter.WriteUnknown(writer, value.AdditionalProperties);

        writer.WriteEndObject();
    }

    private static void WriteIfSet(Utf8JsonWriter writer, ReadOnlySpan<byte> name, DateTimeOffset? timestamp)
    {
        if (timestamp is { } value)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteIfSet<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, T? part, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
        where T : class
    {
        if (part is not null)
        {
            writer.WritePropertyName(name);
            JsonSerializer.Serialize(writer, part, typeInfo);
        }
    }
}
