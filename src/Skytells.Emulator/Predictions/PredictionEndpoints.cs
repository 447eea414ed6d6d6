using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Skytells.Emulator.Errors;
using Skytells.Emulator.Http;
using Skytells.Emulator.Json;
using Skytells.Emulator.Models;
using Skytells.Emulator.Webhooks;

namespace Skytells.Emulator.Predictions;

/// <summary>The prediction endpoints of spec section 2, under every path spelling the sources use (section 12).</summary>
internal sealed class PredictionEndpoints
{
    private const int MaxImagesPerPrediction = 10;

    private readonly PredictionStore _predictions;
    private readonly ModelDirectory _models;
    private readonly LatencyPolicy _latency;
    private readonly TimeProvider _time;
    private readonly TimeSpan _awaitCap;
    private readonly WebhookScheduler? _webhooks;

    public PredictionEndpoints(
        PredictionStore predictions, ModelDirectory models, LatencyPolicy latency, TimeProvider time, TimeSpan awaitCap, WebhookScheduler? webhooks = null)
    {
        _predictions = predictions;
        _models = models;
        _latency = latency;
        _time = time;
        _awaitCap = awaitCap;
        _webhooks = webhooks;
    }

    public void Map(IEndpointRouteBuilder v1, Func<ApiHandler, RequestDelegate> endpoint)
    {
        v1.MapPost("/predictions", endpoint(Create));
        v1.MapPost("/predict", endpoint(Create));
        v1.MapGet("/predictions", endpoint(List));
        v1.MapGet("/predictions/{id}", endpoint(Get));
        v1.MapGet("/predictions/{id}/stream", endpoint(Get));
        v1.MapPost("/predictions/{id}/cancel", endpoint(Cancel));
        v1.MapDelete("/predictions/{id}", endpoint(Delete));
        v1.MapDelete("/predictions/{id}/delete", endpoint(Delete));
    }

    private async ValueTask<ApiResult> Create(ApiRequest request)
    {
        var body = CreatePredictionRequest.Parse(request.Body);
        if (!_models.TryGet(body.Model, out var model))
        {
            throw new ApiErrorException(ApiError.ModelNotFound(body.Model));
        }

        // The Edge check comes before the kind check: Edge refuses every model it does not serve, whatever its kind.
        if (request.Gateway == EmulatorGateway.Edge && !model.SupportsEdge)
        {
            throw new ApiErrorException(ApiError.EdgeNotSupported());
        }

        if (!model.ServedByPredictions)
        {
            throw new ApiErrorException(new ApiError(
                422, ErrorIds.InvalidInput, $"Model '{model.Id}' is a {ModelKindTraits.WireType(model.Kind)} model; use the chat, responses or embeddings endpoints."));
        }

        var now = _time.GetUtcNow();
        var prediction = new PredictionRecord(new PredictionSpec(
            Guid.NewGuid().ToString("D"),
            _predictions.NextSequence(),
            request.Account,
            model,
            body.Input,
            body.Webhook,
            body.Stream,
            PredictionTimeline.Start(now, _latency.For(model, request.Gateway)),
            OutputCount(model, body.Input),
            request.Fault?.FailPrediction,
            request.Origin));
        _predictions.Add(prediction);

        // Edge accepts the webhook field but never delivers (spec section 12, row 15).
        if (request.Gateway == EmulatorGateway.Standard)
        {
            _webhooks?.OnCreated(prediction);
        }

        // Edge serves image models fast enough to answer with the finished prediction (the guide's preview pattern);
        // video and audio ignore await and answer at once.
        var snapshot = model.Kind == ModelKindName.Image && (body.Await || request.Gateway == EmulatorGateway.Edge)
            ? await PredictionWaiter.WaitForTerminalAsync(prediction, _time, _awaitCap, request.Aborted).ConfigureAwait(false)
            : prediction.SnapshotAt(now);
        return Ok(snapshot, request);
    }

    private ValueTask<ApiResult> Get(ApiRequest request)
    {
        var prediction = Find(request);
        return ValueTask.FromResult<ApiResult>(Ok(prediction.SnapshotAt(_time.GetUtcNow()), request));
    }

    private ValueTask<ApiResult> Cancel(ApiRequest request)
    {
        var prediction = Find(request);
        var now = _time.GetUtcNow();
        if (prediction.TryCancel(now, out var snapshot))
        {
            _webhooks?.OnCancelled(prediction, now);
        }

        return ValueTask.FromResult<ApiResult>(Ok(snapshot, request, withSuccess: true));
    }

    private ValueTask<ApiResult> Delete(ApiRequest request)
    {
        var id = request.RouteValue("id");
        if (!_predictions.TryRemoveOwned(id, request.Account, out var prediction))
        {
            throw new ApiErrorException(ApiError.PredictionNotFound(id));
        }

        return ValueTask.FromResult<ApiResult>(Ok(prediction.SnapshotAt(_time.GetUtcNow()), request, withSuccess: true));
    }

    private ValueTask<ApiResult> List(ApiRequest request)
    {
        var query = PredictionListQuery.Parse(request.Http.Request.Query);
        var now = _time.GetUtcNow();
        var matches = _predictions.OwnedBy(request.Account)
            .OrderByDescending(p => p.Spec.Sequence)
            .Select(p => p.SnapshotAt(now))
            .Where(query.Matches)
            .ToList();

        var lastPage = Math.Max(1, (matches.Count + query.PerPage - 1) / query.PerPage);
        var page = matches.Skip((int)Math.Min(int.MaxValue, (long)(query.Page - 1) * query.PerPage)).Take(query.PerPage);
        var body = new PredictionPage(
            page.Select(p => PredictionBody.From(p, request.Origin)), new(query.Page, query.PerPage, matches.Count, lastPage));
        return ValueTask.FromResult(ApiResult.Json(200, body, EmulatorJson.Default.PredictionPage));
    }

    private PredictionRecord Find(ApiRequest request)
    {
        var id = request.RouteValue("id");
        return _predictions.TryGetOwned(id, request.Account, out var prediction)
            ? prediction
            : throw new ApiErrorException(ApiError.PredictionNotFound(id));
    }

    private static ApiResult Ok(PredictionSnapshot snapshot, ApiRequest request, bool withSuccess = false) =>
        ApiResult.Json(200, PredictionBody.From(snapshot, request.Origin, withSuccess), EmulatorJson.Default.PredictionBody);

    /// <summary>Images honour <c>number_of_images</c> (1 to 10; anything else means 1); other kinds make one file.</summary>
    private static int OutputCount(EmulatedModel model, JsonElement input) =>
        model.Kind == ModelKindName.Image
        && input.TryGetProperty("number_of_images", out var count)
        && count.ValueKind == JsonValueKind.Number
        && count.TryGetInt32(out var n)
        && n >= 1
            ? Math.Min(n, MaxImagesPerPrediction)
            : 1;
}
