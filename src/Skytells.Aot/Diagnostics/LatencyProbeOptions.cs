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

    /// <summary>
    /// Time until the prediction is finished (create, then poll every <see cref="PollInterval"/>) instead of the create
    /// call alone (the guide's measure). Default false.
    /// </summary>
    public bool WaitForCompletion { get; set; }

    /// <summary>Poll interval when <see cref="WaitForCompletion"/> is set. Default 100 ms.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Gateways to measure. Default both.</summary>
    public IReadOnlyList<SkytellsGateway> Gateways { get; set; } = [SkytellsGateway.Standard, SkytellsGateway.Edge];
}
