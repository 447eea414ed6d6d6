using Skytells.Emulator.Assets;
using Skytells.Emulator.Models;
using Skytells.Emulator.Predictions;

namespace Skytells.Emulator.Hosting;

/// <summary>
/// The API surface both gateways serve and the state behind it. New endpoint groups (chat, webhooks, ...) are
/// wired here.
/// </summary>
internal sealed class EmulatorApi
{
    public EmulatorApi(EmulatorOptions options)
    {
        Models = new ModelDirectory(options.AdditionalModels);
        var latency = new LatencyPolicy(options.TimeScale, options.ModelLatency);
        new PredictionEndpoints(Predictions, Models, latency, options.TimeProvider, options.AwaitCap).Map(Routes);
        new ModelEndpoints(Models).Map(Routes);
        new AssetEndpoints(Predictions, options.TimeProvider).Map(Routes);
    }

    public Http.RouteTable Routes { get; } = new();

    public ModelDirectory Models { get; }

    public PredictionStore Predictions { get; } = new();
}
