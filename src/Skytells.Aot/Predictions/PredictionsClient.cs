using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Skytells;

/// <summary>Predictions on one gateway: create, read, wait for, cancel, delete and list.</summary>
public sealed partial class PredictionsClient
{
    private readonly SkytellsTransport _transport;

    internal PredictionsClient(SkytellsTransport transport, SkytellsGateway gateway)
    {
        _transport = transport;
        Gateway = gateway;
    }

    /// <summary>The gateway these predictions are sent to.</summary>
    public SkytellsGateway Gateway { get; }

    /// <summary>Creates a prediction from a JSON input object.</summary>
    /// <exception cref="SkytellsEdgeNotSupportedException">The model is known not to support Edge and this client is bound to Edge.</exception>
    public Task<Prediction> CreateAsync([ModelId] string model, JsonObject input, PredictionCreateOptions? options = null, CancellationToken cancellationToken = default) =>
        CreateAsync(model, input, JsonNodeContext.Default.JsonObject, options, cancellationToken);

    /// <summary>Creates an image prediction.</summary>
    /// <exception cref="SkytellsEdgeNotSupportedException">The model is known not to support Edge and this client is bound to Edge.</exception>
    public Task<Prediction> CreateAsync([ModelId] string model, ImageInput input, PredictionCreateOptions? options = null, CancellationToken cancellationToken = default) =>
        CreateAsync(model, input, SkytellsJsonContext.Default.ImageInput, options, cancellationToken);

    /// <summary>Creates a video prediction (Standard gateway only).</summary>
    /// <exception cref="SkytellsEdgeNotSupportedException">The model is known not to support Edge and this client is bound to Edge.</exception>
    public Task<Prediction> CreateAsync([ModelId] string model, VideoInput input, PredictionCreateOptions? options = null, CancellationToken cancellationToken = default) =>
        CreateAsync(model, input, SkytellsJsonContext.Default.VideoInput, options, cancellationToken);

    /// <summary>Creates a music prediction (Standard gateway only).</summary>
    /// <exception cref="SkytellsEdgeNotSupportedException">The model is known not to support Edge and this client is bound to Edge.</exception>
    public Task<Prediction> CreateAsync([ModelId] string model, MusicInput input, PredictionCreateOptions? options = null, CancellationToken cancellationToken = default) =>
        CreateAsync(model, input, SkytellsJsonContext.Default.MusicInput, options, cancellationToken);

    /// <summary>Creates a prediction from a complete request object.</summary>
    /// <exception cref="SkytellsEdgeNotSupportedException">The model is known not to support Edge and this client is bound to Edge.</exception>
    public Task<Prediction> CreateAsync(PredictionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = new PredictionCreateOptions { Webhook = request.Webhook, Await = request.Await, Stream = request.Stream };
        return CreateAsync(request.Model, request.Input, JsonNodeContext.Default.JsonObject, options, cancellationToken);
    }

    /// <summary>
    /// Creates a prediction from your own input type, serialized with its source-generated <paramref name="inputTypeInfo"/>
    /// (for example <c>MyJsonContext.Default.MyInput</c>), so no reflection is involved.
    /// </summary>
    /// <exception cref="SkytellsEdgeNotSupportedException">The model is known not to support Edge and this client is bound to Edge.</exception>
    public async Task<Prediction> CreateAsync<TInput>([ModelId] string model, TInput input, JsonTypeInfo<TInput> inputTypeInfo, PredictionCreateOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(inputTypeInfo);
        var gateway = EdgeGuard.Resolve(Gateway, model, _transport.Options);
        _transport.Budget?.ReserveCreate();
        var body = PredictionCreateBody.Write(model, input, inputTypeInfo, options?.Webhook, options?.Await, options?.Stream);
        var request = new SkytellsRequest
        {
            Method = HttpMethod.Post,
            Uri = _transport.CreateUri(gateway),
            Gateway = gateway,
            Operation = "predictions.create",
            Body = body,
            IsIdempotent = false,
            Model = model,
        };
        using var response = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return ReadPrediction(response, request.Operation);
    }

    /// <summary>Reads a prediction.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, <c>.</c>, <c>..</c> or holds control characters.</exception>
    public async Task<Prediction> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var segment = PathSegment.Escape(id, nameof(id));
        return await GetAsync(segment, preferredUri: null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Polls a prediction until it is terminal and returns it.</summary>
    /// <exception cref="SkytellsPredictionFailedException">It failed and <see cref="PredictionWaitOptions.ThrowOnFailure"/> is set.</exception>
    /// <exception cref="SkytellsTimeoutException">It was still running after <see cref="PredictionWaitOptions.MaxWait"/>.</exception>
    public Task<Prediction> WaitAsync(string id, PredictionWaitOptions? options = null, CancellationToken cancellationToken = default)
    {
        var segment = PathSegment.Escape(id, nameof(id));
        return WaitCoreAsync(segment, null, options ?? new PredictionWaitOptions(), cancellationToken);
    }

    /// <summary>
    /// Polls <paramref name="prediction"/> until it is terminal (returns at once if it already is), following its
    /// <c>urls.get</c> when that points at a configured gateway.
    /// </summary>
    /// <exception cref="SkytellsPredictionFailedException">It failed and <see cref="PredictionWaitOptions.ThrowOnFailure"/> is set.</exception>
    /// <exception cref="SkytellsTimeoutException">It was still running after <see cref="PredictionWaitOptions.MaxWait"/>.</exception>
    public Task<Prediction> WaitAsync(Prediction prediction, PredictionWaitOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prediction);

        // The id came from a server: it is checked like any caller's id before it becomes part of a URL.
        var segment = PathSegment.Escape(prediction.Id, nameof(prediction));
        return WaitCoreAsync(segment, prediction, options ?? new PredictionWaitOptions(), cancellationToken);
    }

    /// <summary>Cancels a running prediction and returns its new state (a terminal one is returned unchanged).</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, <c>.</c>, <c>..</c> or holds control characters.</exception>
    public async Task<Prediction> CancelAsync(string id, CancellationToken cancellationToken = default)
    {
        var segment = PathSegment.Escape(id, nameof(id));
        var request = new SkytellsRequest
        {
            Method = HttpMethod.Post,
            Uri = _transport.BuildUri(Gateway, $"/predictions/{segment}/cancel"),
            Gateway = Gateway,
            Operation = "predictions.cancel",
        };
        using var response = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var prediction = ReadPrediction(response, request.Operation, requireId: false);

        // Some deployments answer only {"success":true}; read the prediction so callers always get its state.
        return string.IsNullOrEmpty(prediction.Id) ? await GetAsync(segment, preferredUri: null, cancellationToken).ConfigureAwait(false) : prediction;
    }

    /// <summary>Deletes a prediction and its stored outputs.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, <c>.</c>, <c>..</c> or holds control characters.</exception>
    public async Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        var segment = PathSegment.Escape(id, nameof(id));
        var request = new SkytellsRequest
        {
            Method = HttpMethod.Delete,
            Uri = _transport.BuildUri(Gateway, $"/predictions/{segment}"),
            Gateway = Gateway,
            Operation = "predictions.delete",
        };
        (await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false)).Dispose();
    }

    /// <summary>Reads one page of predictions, newest first.</summary>
    public Task<PredictionPage> ListPageAsync(PredictionListOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new PredictionListOptions();
        return ListPageAsync(options, Math.Max(1, options.Page), cancellationToken).AsTask();
    }

    /// <summary>Lists predictions matching <paramref name="options"/>, reading further pages as the caller iterates.</summary>
    public async IAsyncEnumerable<Prediction> ListAsync(PredictionListOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        options ??= new PredictionListOptions();
        var page = Math.Max(1, options.Page);
        while (true)
        {
            var result = await ListPageAsync(options, page, cancellationToken).ConfigureAwait(false);
            foreach (var prediction in result.Items)
            {
                yield return prediction;
            }

            if (!result.HasMore || result.Items.Count == 0)
            {
                yield break;
            }

            page = result.CurrentPage + 1;
        }
    }

    private async ValueTask<PredictionPage> ListPageAsync(PredictionListOptions options, int page, CancellationToken cancellationToken)
    {
        var request = new SkytellsRequest
        {
            Method = HttpMethod.Get,
            Uri = _transport.BuildUri(Gateway, "/predictions", BuildListQuery(options, page)),
            Gateway = Gateway,
            Operation = "predictions.list",
        };
        using var response = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return ReadPage(response, page, request.Operation);
    }

    // segment: the prediction id, already escaped by PathSegment.
    private ValueTask<Prediction> GetAsync(string segment, Uri? preferredUri, CancellationToken cancellationToken) =>
        ReadPredictionAtAsync(preferredUri, segment, "", "predictions.get", cancellationToken);

    /// <summary>
    /// GETs a prediction at a URL the server gave (<c>urls.get</c>, <c>urls.stream</c>) or, failing that, at
    /// <c>/predictions/{segment}{suffix}</c> (built only then: a wait polls at the server's URL every time).
    /// </summary>
    private async ValueTask<Prediction> ReadPredictionAtAsync(Uri? preferredUri, string segment, string suffix, string operation, CancellationToken cancellationToken)
    {
        // The key is only ever sent to a configured gateway, even if a response names another host.
        var uri = preferredUri is not null && _transport.IsGatewayUri(preferredUri)
            ? preferredUri
            : _transport.BuildUri(Gateway, $"/predictions/{segment}{suffix}");
        var request = new SkytellsRequest
        {
            Method = HttpMethod.Get,
            Uri = uri,
            Gateway = Gateway,
            Operation = operation,
        };
        using var response = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return ReadPrediction(response, request.Operation);
    }

    // id: already escaped by PathSegment.
    private async Task<Prediction> WaitCoreAsync(string id, Prediction? prediction, PredictionWaitOptions options, CancellationToken cancellationToken)
    {
        if (options.PollInterval < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "PollInterval cannot be negative.");
        }

        using var activity = SkytellsTelemetry.Source.StartActivity("predictions.wait", ActivityKind.Internal);
        activity?.SetTag("skytells.prediction.id", _transport.Redactor.Redact(id));
        activity?.SetTag("skytells.gateway", SkytellsTelemetry.GatewayTag(Gateway));
        var deadline = options.MaxWait == Timeout.InfiniteTimeSpan ? (DateTimeOffset?)null : DateTimeOffset.UtcNow + options.MaxWait;
        var current = prediction;
        while (current is null || !current.IsTerminal)
        {
            if (current is not null)
            {
                var delay = options.PollInterval;
                if (deadline is { } end)
                {
                    var remaining = end - DateTimeOffset.UtcNow;
                    if (remaining <= TimeSpan.Zero)
                    {
                        throw WaitTimeout(current, options.MaxWait, _transport.Redactor);
                    }

                    delay = delay < remaining ? delay : remaining;
                }

                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }

            current = await GetAsync(id, current?.Urls?.Get, cancellationToken).ConfigureAwait(false);
            options.Progress?.Report(current);
        }

        activity?.SetTag("skytells.prediction.status", current.Status.ToWireValue());
        if (current.Status == PredictionStatus.Failed && options.ThrowOnFailure)
        {
            throw new SkytellsPredictionFailedException(current, _transport.Redactor);
        }

        return current;
    }

    private static SkytellsTimeoutException WaitTimeout(Prediction last, TimeSpan maxWait, SecretRedactor redactor) =>
        new(new SkytellsErrorInfo
        {
            StatusCode = HttpStatusCode.RequestTimeout,
            ErrorId = SkytellsTimeoutException.WaitTimeoutErrorId,
            Message = redactor.Redact($"Prediction '{last.Id}' was still {last.Status} after waiting {maxWait}.")!,
        })
        {
            Timeout = maxWait,
            LastPrediction = last,
        };

    private Prediction ReadPrediction(SkytellsResponse response, string operation, bool requireId = true)
    {
        var prediction = _transport.ReadJson(response, 0, static (json, _) => PredictionReader.Read(json), operation);
        if (requireId && string.IsNullOrEmpty(prediction.Id))
        {
            throw _transport.InvalidResponse(response, operation, "the prediction has no id", null);
        }

        _transport.Budget?.Observe(prediction);
        return prediction;
    }

    private PredictionPage ReadPage(SkytellsResponse response, int requestedPage, string operation)
    {
        var reader = new Utf8JsonReader(response.Body.Span);
        try
        {
            // The list comes either paged ({data, pagination}) or as a bare array; look at the first token to choose.
            reader.Read();
        }
        catch (JsonException exception)
        {
            throw _transport.InvalidResponse(response, operation, exception.Message, exception);
        }

        if (reader.TokenType == JsonTokenType.StartArray)
        {
            var items = _transport.ReadJson(response, PredictionListJsonContext.Default.ListPrediction, operation);
            return new PredictionPage { Items = items, CurrentPage = requestedPage, LastPage = requestedPage, Total = items.Count };
        }

        var paged = _transport.ReadJson(response, PredictionListJsonContext.Default.PredictionListResponse, operation);
        if (paged.Data is null)
        {
            throw _transport.InvalidResponse(response, operation, "the list has no data array", null);
        }

        return new PredictionPage
        {
            Items = paged.Data,
            CurrentPage = paged.Pagination?.CurrentPage ?? requestedPage,
            PerPage = paged.Pagination?.PerPage,
            Total = paged.Pagination?.Total,
            LastPage = paged.Pagination?.LastPage,
        };
    }

    private static string BuildListQuery(PredictionListOptions options, int page)
    {
        var query = new StringBuilder();
        Append(query, "page", page.ToString(CultureInfo.InvariantCulture));
        if (options.PerPage is { } perPage)
        {
            Append(query, "per_page", perPage.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(options.Model))
        {
            Append(query, "model", options.Model);
        }

        if (options.Status is { } status)
        {
            Append(query, "status", status.ToWireValue());
        }

        if (options.From is { } from)
        {
            Append(query, "from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (options.To is { } to)
        {
            Append(query, "to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return query.ToString();
    }

    private static void Append(StringBuilder query, string name, string value)
    {
        if (query.Length > 0)
        {
            query.Append('&');
        }

        query.Append(name).Append('=').Append(Uri.EscapeDataString(value));
    }
}
