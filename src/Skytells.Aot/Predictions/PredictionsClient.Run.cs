using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Skytells;

/// <summary>Run to completion, and a prediction's stream information.</summary>
public sealed partial class PredictionsClient
{
    /// <summary>Creates a prediction and returns it finished; see <see cref="RunAsync{TInput}"/>.</summary>
    public Task<Prediction> RunAsync([ModelId] string model, ImageInput input, PredictionRunOptions? options = null, CancellationToken cancellationToken = default) =>
        RunAsync(model, input, SkytellsJsonContext.Default.ImageInput, options, cancellationToken);

    /// <summary>Creates a prediction and returns it finished; see <see cref="RunAsync{TInput}"/>.</summary>
    public Task<Prediction> RunAsync([ModelId] string model, VideoInput input, PredictionRunOptions? options = null, CancellationToken cancellationToken = default) =>
        RunAsync(model, input, SkytellsJsonContext.Default.VideoInput, options, cancellationToken);

    /// <summary>Creates a prediction and returns it finished; see <see cref="RunAsync{TInput}"/>.</summary>
    public Task<Prediction> RunAsync([ModelId] string model, MusicInput input, PredictionRunOptions? options = null, CancellationToken cancellationToken = default) =>
        RunAsync(model, input, SkytellsJsonContext.Default.MusicInput, options, cancellationToken);

    /// <summary>Creates a prediction and returns it finished; see <see cref="RunAsync{TInput}"/>.</summary>
    public Task<Prediction> RunAsync([ModelId] string model, JsonObject input, PredictionRunOptions? options = null, CancellationToken cancellationToken = default) =>
        RunAsync(model, input, JsonNodeContext.Default.JsonObject, options, cancellationToken);

    /// <summary>
    /// Creates a prediction and returns it once it succeeded: one request when the server can answer with the finished
    /// prediction (<see cref="PredictionRunOptions.ServerWait"/>), otherwise the create followed by polls.
    /// Cancelling stops the waiting only; the prediction goes on unless <see cref="CancelAsync"/> stops it.
    /// </summary>
    /// <exception cref="SkytellsPredictionFailedException">The prediction failed.</exception>
    /// <exception cref="SkytellsTimeoutException">It was still running after <see cref="PredictionRunOptions.MaxWait"/>.</exception>
    /// <exception cref="SkytellsEdgeNotSupportedException">The model is known not to support Edge and this client is bound to Edge.</exception>
    public async Task<Prediction> RunAsync<TInput>([ModelId] string model, TInput input, JsonTypeInfo<TInput> inputTypeInfo, PredictionRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new PredictionRunOptions();
        var create = new PredictionCreateOptions { Webhook = options.Webhook, Await = options.ServerWait ? true : null };
        var created = await CreateAsync(model, input, inputTypeInfo, create, cancellationToken).ConfigureAwait(false);
        options.Progress?.Report(created);
        var wait = new PredictionWaitOptions
        {
            PollInterval = options.PollInterval,
            MaxWait = options.MaxWait,
            ThrowOnFailure = true,
            Progress = options.Progress,
        };
        return await WaitAsync(created, wait, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a prediction's stream information (<c>GET /predictions/{id}/stream</c>).</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, <c>.</c>, <c>..</c> or holds control characters.</exception>
    public async Task<Prediction> GetStreamInfoAsync(string id, CancellationToken cancellationToken = default)
    {
        var segment = PathSegment.Escape(id, nameof(id));
        return await GetStreamInfoAsync(segment, preferredUri: null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads <paramref name="prediction"/>'s stream information, at its <c>urls.stream</c> when that points at a configured gateway.</summary>
    public async Task<Prediction> GetStreamInfoAsync(Prediction prediction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prediction);

        // The id came from a server: it is checked like any caller's id before it becomes part of a URL.
        var segment = PathSegment.Escape(prediction.Id, nameof(prediction));
        return await GetStreamInfoAsync(segment, prediction.Urls?.Stream, cancellationToken).ConfigureAwait(false);
    }

    // segment: the prediction id, already escaped by PathSegment.
    private ValueTask<Prediction> GetStreamInfoAsync(string segment, Uri? preferredUri, CancellationToken cancellationToken) =>
        ReadPredictionAtAsync(preferredUri, segment, "/stream", "predictions.stream_info", cancellationToken);
}
