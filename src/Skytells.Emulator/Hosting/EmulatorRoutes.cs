using Microsoft.AspNetCore.Builder;
using Skytells.Emulator.Assets;
using Skytells.Emulator.Chat;
using Skytells.Emulator.Embeddings;
using Skytells.Emulator.Errors;
using Skytells.Emulator.Http;
using Skytells.Emulator.Models;
using Skytells.Emulator.Predictions;
using Skytells.Emulator.Webhooks;

namespace Skytells.Emulator.Hosting;

/// <summary>
/// The API surface both gateways serve and the state behind it: one route group per endpoint file, and a fallback
/// that answers every other path with the API's own 404 envelope.
/// </summary>
internal sealed class EmulatorRoutes
{
    private readonly EmulatorOptions _options;
    private readonly ModelDirectory _models;
    private readonly PredictionStore _predictions = new();

    public EmulatorRoutes(EmulatorOptions options)
    {
        _options = options;
        _models = new ModelDirectory(options.AdditionalModels);
        Webhooks = new WebhookScheduler(WebhookPolicy.From(options), options.TimeProvider);
    }

    /// <summary>Delivers the webhooks of Standard predictions; the emulator disposes it on stop.</summary>
    public WebhookScheduler Webhooks { get; }

    public void Map(WebApplication app, EmulatorPipeline pipeline)
    {
        app.UseRoutingIgnoringEmptySegments();
        var time = _options.TimeProvider;
        var v1 = app.MapGroup("/v1").RequireApiKey();
        var latency = new LatencyPolicy(_options.TimeScale, _options.ModelLatency);
        new PredictionEndpoints(_predictions, _models, latency, time, _options.AwaitCap, Webhooks).Map(v1, pipeline.Endpoint);
        new ModelEndpoints(_models).Map(v1, pipeline.Endpoint);
        new ChatEndpoints(_models, ChatTiming.From(_options), time).Map(v1, pipeline.Endpoint);
        new EmbeddingEndpoints(_models).Map(v1, pipeline.Endpoint);

        // Outputs are public, like the real CDN.
        new AssetEndpoints(_predictions, time).Map(app.MapGroup("/assets"), pipeline.Endpoint);

        // "{**path}" rather than MapFallback's default, which skips paths that look like file names.
        app.MapFallback("{**path}", pipeline.Endpoint(static request =>
        {
            var http = request.Http.Request;
            return ValueTask.FromResult(ErrorAnswer.For(ApiError.EndpointNotFound(http.Method, http.Path.Value ?? "/"), request.Http));
        }));
    }
}
