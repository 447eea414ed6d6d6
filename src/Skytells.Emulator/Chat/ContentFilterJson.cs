using System.Text.Json;

namespace Skytells.Emulator.Chat;

/// <summary>The content-filter results Azure-style gateways add; the emulator's are always clean (spec section 12, row 23).</summary>
internal static class ContentFilterJson
{
    private static readonly string[] SeverityCategories = ["hate", "self_harm", "sexual", "violence"];

    /// <summary>The <c>content_filter_results</c> of a choice.</summary>
    public static void WriteCompletion(Utf8JsonWriter writer)
    {
        writer.WritePropertyName("content_filter_results");
        writer.WriteStartObject();
        WriteSeverities(writer);
        WriteDetection(writer, "protected_material_code");
        WriteDetection(writer, "protected_material_text");
        writer.WriteEndObject();
    }

    /// <summary>The <c>prompt_filter_results</c> of a completion.</summary>
    public static void WritePrompt(Utf8JsonWriter writer)
    {
        writer.WritePropertyName("prompt_filter_results");
        writer.WriteStartArray();
        writer.WriteStartObject();
        writer.WriteNumber("prompt_index", 0);
        writer.WritePropertyName("content_filter_results");
        writer.WriteStartObject();
        WriteSeverities(writer);
        WriteDetection(writer, "jailbreak");
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    private static void WriteSeverities(Utf8JsonWriter writer)
    {
        foreach (var category in SeverityCategories)
        {
            writer.WritePropertyName(category);
            writer.WriteStartObject();
            writer.WriteBoolean("filtered", false);
            writer.WriteString("severity", "safe");
            writer.WriteEndObject();
        }
    }

    private static void WriteDetection(Utf8JsonWriter writer, string name)
    {
        writer.WritePropertyName(name);
        writer.WriteStartObject();
        writer.WriteBoolean("filtered", false);
        writer.WriteBoolean("detected", false);
        writer.WriteEndObject();
    }
}
