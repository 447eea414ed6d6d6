using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Skytells;

/// <summary>Writes the create-prediction body once, as bytes, so retries resend exactly the same request.</summary>
internal static class PredictionCreateBody
{
    public static byte[] Write<TInput>(string model, TInput input, JsonTypeInfo<TInput> inputTypeInfo, PredictionWebhook? webhook, bool? awaitResult, bool? stream)
    {
        using var body = JsonBodyWriter.Rent();
        var writer = body.Writer;
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
        return body.ToArray();
    }
}
