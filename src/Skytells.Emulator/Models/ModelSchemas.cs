using System.Text.Json;

namespace Skytells.Emulator.Models;

/// <summary>Small per-kind input and output schemas built from the parameters the spec lists (section 2.1).</summary>
internal static class ModelSchemas
{
    public static void WriteInput(Utf8JsonWriter writer, ModelKindName kind)
    {
        var (required, properties) = kind switch
        {
            ModelKindName.Image => (new[] { "prompt" }, new[]
            {
                ("prompt", "string"), ("width", "integer"), ("height", "integer"), ("num_inference_steps", "integer"),
                ("number_of_images", "integer"), ("aspect_ratio", "string"),
            }),
            ModelKindName.Video => (["prompt"], [("prompt", "string"), ("image", "string"), ("seconds", "integer")]),
            ModelKindName.Audio => (["lyrics"], [
                ("lyrics", "string"), ("prompt", "string"), ("sample_rate", "integer"), ("bitrate", "integer"), ("audio_format", "string"),
            ]),
            ModelKindName.Text => (["messages"], [("messages", "array")]),
            _ => (["input"], [("input", "string")]),
        };

        writer.WriteStartObject();
        writer.WriteString("type", "object");
        writer.WriteString("title", "Input");
        writer.WritePropertyName("required");
        writer.WriteStartArray();
        foreach (var name in required)
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("properties");
        writer.WriteStartObject();
        foreach (var (name, type) in properties)
        {
            writer.WritePropertyName(name);
            writer.WriteStartObject();
            writer.WriteString("type", type);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static void WriteOutput(Utf8JsonWriter writer, ModelKindName kind)
    {
        writer.WriteStartObject();
        writer.WriteString("type", kind is ModelKindName.Text or ModelKindName.Embedding ? "string" : "array");
        writer.WriteString("title", "Output");
        if (kind is not (ModelKindName.Text or ModelKindName.Embedding))
        {
            writer.WritePropertyName("items");
            writer.WriteStartObject();
            writer.WriteString("type", "string");
            writer.WriteString("format", "uri");
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
