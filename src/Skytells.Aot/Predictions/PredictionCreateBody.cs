using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Skytells;

/// <summary>Writes the create-prediction body once, as bytes, so retries resend exactly the same request.</summary>
internal static class PredictionCreateBody
{
    public static ReadOnlyMemory<byte> Write<TInput>(string model, TInput input, JsonTypeInfo<TInput> inputTypeInfo, PredictionWebhook? webhook, bool? awaitResult, bool? stream)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("model", model);
            writer.WritePropertyName("input");
            JsonSerializer.Serialize(writer, input, inputTypeInfo);
            if (webhook is not null)
            {
                writer.WritePropertyName("webhook");
                if (webhook.Events.Count == 0)
                {
                    writer.WriteStringValue(webhook.Url);
                }
                else
                {
                    writer.WriteStartObject();
                    writer.WriteString("url", webhook.Url);
                    writer.WriteStartArray("events");
                    foreach (var name in webhook.Events)
                    {
                        writer.WriteStringValue(name);
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }
            }

            if (awaitResult is { } awaitValue)
            {
                writer.WriteBoolean("await", awaitValue);
            }

            if (stream is { } streamValue)
            {
                writer.WriteBoolean("stream", streamValue);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }
}
