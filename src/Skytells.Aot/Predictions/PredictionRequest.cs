using System.Text.Json.Nodes;

namespace Skytells;

/// <summary>A complete create-prediction request, for callers who prefer one object to an argument list.</summary>
public sealed class PredictionRequest
{
    /// <summary>The model id, for example <see cref="SkytellsModels.TrueFusionEdge"/>.</summary>
    [ModelId]
    public required string Model { get; set; }

    /// <summary>The model-specific input.</summary>
    public required JsonObject Input { get; set; }

    /// <summary>A webhook to notify on status changes.</summary>
    public PredictionWebhook? Webhook { get; set; }

    /// <summary>Ask the server to block until the prediction is terminal.</summary>
    public bool? Await { get; set; }

    /// <summary>Ask the server to enable streaming.</summary>
    public bool? Stream { get; set; }
}
