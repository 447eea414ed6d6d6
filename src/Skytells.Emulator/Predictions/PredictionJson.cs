using System.Globalization;
using System.Text.Json;
using Skytells.Emulator.Assets;
using Skytells.Emulator.Http;
using Skytells.Emulator.Models;

namespace Skytells.Emulator.Predictions;

/// <summary>Writes the Prediction object in the full shape of spec section 3.</summary>
internal static class PredictionJson
{
    public static byte[] Serialize(PredictionSnapshot snapshot, string origin, bool withSuccess = false) =>
        JsonBody.Write((snapshot, origin, withSuccess), static (writer, state) => Write(writer, state.snapshot, state.origin, state.withSuccess));

    /// <param name="writer">The target.</param>
    /// <param name="snapshot">The state to write.</param>
    /// <param name="origin">Scheme, host and port of the request being answered; <c>urls</c> point back at it.</param>
    /// <param name="withSuccess">Adds <c>"success":true</c>, which cancel and delete answers carry for DOCS/CLI clients.</param>
    public static void Write(Utf8JsonWriter writer, PredictionSnapshot snapshot, string origin, bool withSuccess = false)
    {
        var prediction = snapshot.Prediction;
        var spec = prediction.Spec;
        writer.WriteStartObject();
        if (withSuccess)
        {
            writer.WriteBoolean("success", true);
        }

        writer.WriteString("id", spec.Id);
        writer.WriteString("status", snapshot.Status.ToWire());
        writer.WriteString("type", "inference");
        writer.WriteBoolean("stream", spec.Stream);
        writer.WritePropertyName("input");
        spec.Input.WriteTo(writer);
        WriteOutput(writer, snapshot.Output);
        writer.WriteNullableString("response", snapshot.Error);
        writer.WriteNullableString("error", snapshot.Error);
        writer.WriteString("created_at", Timestamp(spec.Timeline.CreatedAt));
        writer.WriteNullableString("started_at", Timestamp(snapshot.StartedAt));
        writer.WriteNullableString("completed_at", Timestamp(snapshot.CompletedAt));
        writer.WriteString("updated_at", Timestamp(snapshot.UpdatedAt));
        writer.WriteString("privacy", "private");
        writer.WriteString("source", "api");

        writer.WritePropertyName("model");
        writer.WriteStartObject();
        writer.WriteString("name", spec.Model.Id);
        writer.WriteString("type", ModelKindTraits.WireType(spec.Model.Kind));
        writer.WriteEndObject();

        WriteWebhook(writer, spec.Webhook);
        WriteMetrics(writer, snapshot);
        WriteMetadata(writer, snapshot);

        var self = $"{origin}/v1/predictions/{Uri.EscapeDataString(spec.Id)}";
        writer.WritePropertyName("urls");
        writer.WriteStartObject();
        writer.WriteString("get", self);
        writer.WriteString("cancel", self + "/cancel");
        writer.WriteString("stream", self + "/stream");
        writer.WriteString("delete", self + "/delete");
        writer.WriteEndObject();

        writer.WriteEndObject();
    }

    /// <summary>ISO-8601 UTC with microseconds and <c>Z</c>, the form the API's documents show.</summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static string? Timestamp(DateTimeOffset? value) => value is { } v ? Timestamp(v) : null;

    private static void WriteOutput(Utf8JsonWriter writer, IReadOnlyList<string>? output)
    {
        if (output is null)
        {
            writer.WriteNull("output");
            return;
        }

        writer.WritePropertyName("output");
        writer.WriteStartArray();
        foreach (var url in output)
        {
            writer.WriteStringValue(url);
        }

        writer.WriteEndArray();
    }

    private static void WriteWebhook(Utf8JsonWriter writer, WebhookRegistration? webhook)
    {
        if (webhook is null)
        {
            writer.WriteNull("webhook");
            return;
        }

        writer.WritePropertyName("webhook");
        writer.WriteStartObject();
        writer.WriteNullableString("url", webhook.Url);
        writer.WritePropertyName("events");
        writer.WriteStartArray();
        foreach (var name in webhook.Events)
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteMetrics(Utf8JsonWriter writer, PredictionSnapshot snapshot)
    {
        var images = snapshot.Output is { } output && snapshot.Prediction.Model.Kind == ModelKindName.Image ? output.Count : 0;
        writer.WritePropertyName("metrics");
        writer.WriteStartObject();
        writer.WriteNumber("image_count", images);
        if (snapshot.PredictTime is { } predictTime)
        {
            writer.WriteNumber("predict_time", predictTime);
        }
        else
        {
            writer.WriteNull("predict_time");
        }

        writer.WriteNumber("total_time", snapshot.TotalTime);
        writer.WriteNumber("progress", snapshot.Progress);
        writer.WriteEndObject();
    }

    private static void WriteMetadata(Utf8JsonWriter writer, PredictionSnapshot snapshot)
    {
        var model = snapshot.Prediction.Model;
        var output = snapshot.Output ?? [];
        var format = AssetFormat.For(model.Kind);
        var size = AssetPayloads.For(format).Length;

        writer.WritePropertyName("metadata");
        writer.WriteStartObject();
        writer.WritePropertyName("billing");
        writer.WriteStartObject();
        writer.WriteNumber("credits_used", ModelKindTraits.Price(model.Kind).Amount * output.Count);
        writer.WriteEndObject();

        writer.WritePropertyName("storage");
        writer.WriteStartObject();
        writer.WritePropertyName("files");
        writer.WriteStartArray();
        for (var i = 0; i < output.Count; i++)
        {
            writer.WriteStartObject();
            writer.WriteString("name", $"{i}.{format.Extension}");
            writer.WriteString("type", format.ContentType);
            writer.WriteNumber("size", size);
            writer.WriteString("url", output[i]);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteBoolean("data_available", true);
        writer.WriteEndObject();
    }
}
