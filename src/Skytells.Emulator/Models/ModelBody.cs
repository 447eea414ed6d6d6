using System.Text.Json.Serialization;

namespace Skytells.Emulator.Models;

/// <summary>The Model object of spec section 8.</summary>
internal sealed record ModelBody(
    string Name,
    string Description,
    string Namespace,
    string Type,
    string Privacy,
    string? ImgUrl,
    ModelVendor Vendor,
    bool Billable,
    ModelPricing Pricing,
    string[] Capabilities,
    ModelMetadata Metadata,
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ModelSchema? InputSchema,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ModelSchema? OutputSchema)
{
    private static readonly ModelVendor Skytells = new("Skytells", "Skytells AI platform (local emulator)", null, true, "skytells", null);

    public static ModelBody From(EmulatedModel model, ModelFields fields)
    {
        var (amount, unit) = ModelKindTraits.Price(model.Kind);
        var type = ModelKindTraits.WireType(model.Kind);
        return new(
            model.Id,
            $"{model.Id} ({type} model, emulated)",
            model.Id,
            type,
            "public",
            null,
            Skytells,
            true,
            new(amount, "USD", unit),
            ModelKindTraits.Capabilities(model.Kind),
            new(model.SupportsEdge, !model.ServedByPredictions, false),
            "operational",
            fields.HasFlag(ModelFields.InputSchema) ? ModelSchema.InputOf(model.Kind) : null,
            fields.HasFlag(ModelFields.OutputSchema) ? ModelSchema.OutputOf(model.Kind) : null);
    }
}

/// <summary>Who publishes a model.</summary>
internal sealed record ModelVendor(string Name, string Description, string? ImageUrl, bool Verified, string Slug, string? Metadata);

/// <summary>A flat price per output.</summary>
internal sealed record ModelPricing(decimal Amount, string Currency, string Unit);

/// <summary>The flags of a model.</summary>
internal sealed record ModelMetadata(bool EdgeCompatible, bool OpenaiCompatible, bool ColdBoot);

/// <summary>A small JSON schema: an object's required properties and their types, or an array of URIs, or a string.</summary>
internal sealed record ModelSchema(
    string Type,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Title,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string[]? Required,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Dictionary<string, ModelSchema>? Properties,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ModelSchema? Items,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Format)
{
    /// <summary>The input schema, from the parameters the spec lists (section 2.1).</summary>
    public static ModelSchema InputOf(ModelKindName kind)
    {
        var (required, properties) = kind switch
        {
            ModelKindName.Image => ("prompt", new[]
            {
                ("prompt", "string"), ("width", "integer"), ("height", "integer"), ("num_inference_steps", "integer"),
                ("number_of_images", "integer"), ("aspect_ratio", "string"),
            }),
            ModelKindName.Video => ("prompt", [("prompt", "string"), ("image", "string"), ("seconds", "integer")]),
            ModelKindName.Audio => ("lyrics", [
                ("lyrics", "string"), ("prompt", "string"), ("sample_rate", "integer"), ("bitrate", "integer"), ("audio_format", "string"),
            ]),
            ModelKindName.Text => ("messages", [("messages", "array")]),
            _ => ("input", [("input", "string")]),
        };

        return new("object", "Input", [required], properties.ToDictionary(p => p.Item1, p => Leaf(p.Item2)), null, null);
    }

    /// <summary>The output schema: text for text models, else an array of file URLs.</summary>
    public static ModelSchema OutputOf(ModelKindName kind) => kind is ModelKindName.Text or ModelKindName.Embedding
        ? new("string", "Output", null, null, null, null)
        : new("array", "Output", null, null, new("string", null, null, null, null, "uri"), null);

    private static ModelSchema Leaf(string type) => new(type, null, null, null, null, null);
}
