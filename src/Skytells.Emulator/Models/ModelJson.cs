using System.Text.Json;

namespace Skytells.Emulator.Models;

/// <summary>Writes the Model object of spec section 8.</summary>
internal static class ModelJson
{
    public static void Write(Utf8JsonWriter writer, EmulatedModel model, ModelFields fields)
    {
        var (amount, unit) = ModelKindTraits.Price(model.Kind);
        writer.WriteStartObject();
        writer.WriteString("name", model.Id);
        writer.WriteString("description", $"{model.Id} ({ModelKindTraits.WireType(model.Kind)} model, emulated)");
        writer.WriteString("namespace", model.Id);
        writer.WriteString("type", ModelKindTraits.WireType(model.Kind));
        writer.WriteString("privacy", "public");
        writer.WriteNull("img_url");

        writer.WritePropertyName("vendor");
        writer.WriteStartObject();
        writer.WriteString("name", "Skytells");
        writer.WriteString("description", "Skytells AI platform (local emulator)");
        writer.WriteNull("image_url");
        writer.WriteBoolean("verified", true);
        writer.WriteString("slug", "skytells");
        writer.WriteNull("metadata");
        writer.WriteEndObject();

        writer.WriteBoolean("billable", true);
        writer.WritePropertyName("pricing");
        writer.WriteStartObject();
        writer.WriteNumber("amount", amount);
        writer.WriteString("currency", "USD");
        writer.WriteString("unit", unit);
        writer.WriteEndObject();

        writer.WritePropertyName("capabilities");
        writer.WriteStartArray();
        foreach (var capability in ModelKindTraits.Capabilities(model.Kind))
        {
            writer.WriteStringValue(capability);
        }

        writer.WriteEndArray();

        writer.WritePropertyName("metadata");
        writer.WriteStartObject();
        writer.WriteBoolean("edge_compatible", model.SupportsEdge);
        writer.WriteBoolean("openai_compatible", !model.ServedByPredictions);
        writer.WriteBoolean("cold_boot", false);
        writer.WriteEndObject();

        writer.WriteString("status", "operational");

        if (fields.HasFlag(ModelFields.InputSchema))
        {
            writer.WritePropertyName("input_schema");
            ModelSchemas.WriteInput(writer, model.Kind);
        }

        if (fields.HasFlag(ModelFields.OutputSchema))
        {
            writer.WritePropertyName("output_schema");
            ModelSchemas.WriteOutput(writer, model.Kind);
        }

        writer.WriteEndObject();
    }
}
