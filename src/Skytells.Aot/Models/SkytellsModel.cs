using System.Text.Json;
using System.Text.Json.Serialization;

namespace Skytells;

/// <summary>A model as <c>GET /models</c> describes it; fields this release does not know are kept in <see cref="AdditionalProperties"/>.</summary>
public sealed class SkytellsModel
{
    /// <summary>The display name (<c>TrueFusion</c>).</summary>
    public string? Name { get; set; }

    /// <summary>A short description.</summary>
    public string? Description { get; set; }

    /// <summary>The model id sent as <c>model</c> (<c>truefusion</c>); the API calls it the namespace.</summary>
    public string Namespace { get => field ?? ""; set; }

    /// <summary><c>image</c>, <c>video</c>, <c>audio</c>, <c>music</c>, <c>text</c>, <c>code</c> or <c>multimodal</c>.</summary>
    public string? Type { get; set; }

    /// <summary><c>public</c> or <c>private</c>.</summary>
    public string? Privacy { get; set; }

    /// <summary>An illustration of the model.</summary>
    [JsonPropertyName("img_url")]
    public string? ImageUrl { get; set; }

    /// <summary>Who provides the model.</summary>
    public SkytellsModelVendor? Vendor { get; set; }

    /// <summary>Whether predictions of this model are charged.</summary>
    public bool? Billable { get; set; }

    /// <summary>What a prediction costs.</summary>
    public SkytellsModelPricing? Pricing { get; set; }

    /// <summary>What the model does (<c>text-to-image</c>, <c>image-to-video</c>, <c>fast</c>...).</summary>
    public IReadOnlyList<string> Capabilities { get => field ?? []; set; }

    /// <summary>Routing facts, among them whether the Edge gateway serves the model.</summary>
    public SkytellsModelMetadata? Metadata { get; set; }

    /// <summary><c>operational</c> or <c>offline</c>.</summary>
    public string? Status { get; set; }

    /// <summary>How the model is served (partner models).</summary>
    public SkytellsModelService? Service { get; set; }

    /// <summary>The JSON Schema of the model's input; only when asked for (<see cref="SkytellsModelFields.InputSchema"/>).</summary>
    public JsonElement? InputSchema { get; set; }

    /// <summary>The JSON Schema of the model's output; only when asked for (<see cref="SkytellsModelFields.OutputSchema"/>).</summary>
    public JsonElement? OutputSchema { get; set; }

    /// <summary>True when the server says the Edge gateway serves this model.</summary>
    [JsonIgnore]
    public bool IsEdgeCompatible => Metadata?.EdgeCompatible == true;

    /// <summary>Fields this release does not know, kept as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"SkytellsModel {Namespace} ({Type ?? "unknown type"}, {Status ?? "unknown status"})";
}
