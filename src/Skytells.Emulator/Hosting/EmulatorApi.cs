using Skytells.Emulator.Assets;
using Skytells.Emulator.Models;
using Skytells.Emulator.Predictions;
using Skytells.Emulator.Webhooks;

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
        Webhooks = new WebhookScheduler(WebhookPolicy.From(options), options.TimeProvider);
        new PredictionEndpoints(Predictions, Models, latency, options.TimeProvider, options.AwaitCap, Webhooks).Map(Routes);
        new ModelEndpoints(Models).Map(Routes);
        new AssetEndpoints(Predictions, options.TimeProvider).Map(Routes);
        new Chat.ChatEndpoints(Models, Chat.ChatTiming.From(options), options.TimeProvider).Map(Routes);
    }

    public Http.RouteTable Routes { get; } = new();

    public ModelDirectory Models { get; }

    public PredictionStore Predictions { get; } = new();

    /// <summary>Delivers the webhooks of Standard predictions; the emulator disposes it on stop.</summary>
    public WebhookScheduler Webhooks { get; }
}
