using System.Text.Json.Nodes;

namespace Skytells;

/// <summary>Settings of <see cref="LatencyProbe"/>. Each sample is a real (billed) prediction.</summary>
public sealed class LatencyProbeOptions
{
    /// <summary>Sequential requests per gateway. Default 5, as the Edge guide measures.</summary>
    public int Iterations { get; set; } = 5;

    /// <summary>The model to create; it must be served by both gateways. Default <see cref="SkytellsModels.TrueFusionEdge"/>.</summary>
    [EdgeModelId]
    public string Model { get; set; } = SkytellsModels.TrueFusionEdge;

    /// <summary>The input; default the guide's <c>{prompt:"test", width:512, height:512, num_inference_steps:4}</c>.</summary>
    public JsonObject? Input { get; set; }

    /// <summary>Gateways to measure. Default both.</summary>
    public IReadOnlyList<SkytellsGateway> Gateways { get; set; } = [SkytellsGateway.Standard, SkytellsGateway.Edge];
}
