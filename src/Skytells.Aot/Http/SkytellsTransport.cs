using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.RateLimiting;

namespace Skytells;

/// <summary>
/// Sends requests for every view of one client: one <see cref="HttpClient"/>, one key, one set of options.
/// Owns client-side rate limits, retries, per-try timeouts, telemetry and error mapping so every operation behaves the same.
/// </summary>
internal sealed class SkytellsTransport : IDisposable
{
    /// <summary>Most bytes of an error body (or any body kept in an exception) the client reads.</summary>
    internal const int MaxErrorBodyBytes = 64 * 1024;
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json");

    private readonly HttpMessageInvoker _http;
    private readonly bool _ownsHttp;
    private readonly string _standardRoot;
    private readonly string _edgeRoot;
    private readonly Uri _standardCreate;
    private readonly Uri _edgeCreate;
    private readonly Uri _standardChat;
    private readonly Uri _edgeChat;
    private readonly string _apiKey;
    private readonly string _userAgent;

    public SkytellsTransport(SkytellsClientOptions options, HttpClient? httpClient)
    {
        Options = options;
        _apiKey = options.ApiKey!;
        Redactor = new SecretRedactor(_apiKey);
        _userAgent = UserAgent.Build(options.ApplicationId);
        Budget = options.Budget is { } budget ? new BudgetTracker(budget, TimeProvider.System) : null;

        // The fixed routes are built once; only routes with an id or a query are built per call.
        _standardRoot = options.StandardEndpoint.AbsoluteUri.TrimEnd('/');
        _edgeRoot = options.EdgeEndpoint.AbsoluteUri.TrimEnd('/');
        _standardCreate = new Uri(_standardRoot + options.PredictionCreatePath, UriKind.Absolute);
        _edgeCreate = new Uri(_edgeRoot + options.PredictionCreatePath, UriKind.Absolute);
        _standardChat = new Uri(_standardRoot + "/chat/completions", UriKind.Absolute);
        _edgeChat = new Uri(_edgeRoot + "/chat/completions", UriKind.Absolute);
        if (httpClient is null)
        {
            // A bare invoker over the handler: timeouts are enforced per try by the transport, so HttpClient's own
            // timeout, linked token source and buffering would only be paid twice.
            _http = new HttpMessageInvoker(new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),

                // A followed redirect would carry x-api-key and the body to wherever the server points (.NET strips
                // only Authorization), so a 3xx is answered with a typed error instead.
                AllowAutoRedirect = false,

                // A body the client stops reading (past a size limit) closes the connection instead of being drained.
                MaxResponseDrainSize = 0,
            });
            _ownsHttp = true;
        }
        else
        {
            _http = httpClient;
        }
    }

    public SkytellsClientOptions Options { get; }

    public SecretRedactor Redactor { get; }

    public BudgetTracker? Budget { get; }

    public Uri BuildUri(SkytellsGateway gateway, string path, string? query = null)
    {
        var root = gateway == SkytellsGateway.Edge ? _edgeRoot : _standardRoot;
        return new Uri(string.IsNullOrEmpty(query) ? root + path : $"{root}{path}?{query}", UriKind.Absolute);
    }

    /// <summary>The create-prediction URL of <paramref name="gateway"/>.</summary>
    public Uri CreateUri(SkytellsGateway gateway) => gateway == SkytellsGateway.Edge ? _edgeCreate : _standardCreate;

    /// <summary>The chat-completions URL of <paramref name="gateway"/>.</summary>
    public Uri ChatUri(SkytellsGateway gateway) => gateway == SkytellsGateway.Edge ? _edgeChat : _standardChat;

    /// <summary>True when <paramref name="uri"/> points at one of the configured gateways, so the key may be sent there.</summary>
    public bool IsGatewayUri(Uri uri) =>
        SameOrigin(uri, Options.StandardEndpoint) || SameOrigin(uri, Options.EdgeEndpoint);

    /// <summary>
    /// Sends a request and reads the whole successful response, up to <see cref="SkytellsClientOptions.MaxResponseBytes"/>.
    /// The caller disposes the response once its body is parsed.
    /// </summary>
    public ValueTask<SkytellsResponse> SendAsync(SkytellsRequest request, CancellationToken cancellationToken) =>
        SendCoreAsync(request, streaming: false, static (transport, response, request, token) => transport.ReadSuccessAsync(response, request, token), cancellationToken);

    /// <summary>
    /// Sends a streaming request and returns the open response once its headers arrived with a success status and an
    /// event-stream body. Retries happen only here, before any byte of the body was handed to the caller.
    /// </summary>
    public ValueTask<HttpResponseMessage> OpenStreamAsync(SkytellsRequest request, CancellationToken cancellationToken) =>
        SendCoreAsync(request, streaming: true, static (transport, response, request, token) => transport.CheckStreamAsync(response, request, token), cancellationToken);

    /// <summary>Acquires a stream permit from the gateway's stream limiter (a no-op lease when unlimited).</summary>
    public ValueTask<RateLimitLease> AcquireStreamAsync(SkytellsGateway gateway, CancellationToken cancellationToken)
    {
        var limits = Options.GetRateLimits(gateway);
        return RateLimitGate.AcquireAsync(limits?.StreamLimiter, limits?.MaxWait ?? Timeout.InfiniteTimeSpan, gateway, "stream", cancellationToken);
    }

    /// <summary>Reads a successful response as <typeparamref name="T"/>; a body that does not parse is a typed error that keeps the body.</summary>
    public T ReadJson<T>(SkytellsResponse response, JsonTypeInfo<T> typeInfo, string operation) =>
        ReadJson(response, typeInfo, static (json, typeInfo) => JsonSerializer.Deserialize(json, typeInfo), operation);

    /// <summary>Reads a successful response with a reader of its own; failures are typed as for the serializer's reads.</summary>
    public T ReadJson<T, TState>(SkytellsResponse response, TState state, Func<ReadOnlySpan<byte>, TState, T?> parse, string operation)
    {
        try
        {
            var value = parse(response.Body.Span, state);
            if (value is not null)
            {
                return value;
            }
        }
        catch (JsonException exception)
        {
            throw InvalidResponse(response.StatusCode, response.Gateway, response.RequestId, response.Body.Span, operation, exception.Message, exception);
        }

        throw InvalidResponse(response.StatusCode, response.Gateway, response.RequestId, response.Body.Span, operation, "the body is empty or null", null);
    }

    public SkytellsInvalidResponseException InvalidResponse(SkytellsResponse response, string operation, string reason, Exception? inner) =>
        InvalidResponse(response.StatusCode, response.Gateway, response.RequestId, response.Body.Span, operation, reason, inner);

    public SkytellsInvalidResponseException InvalidResponse(HttpStatusCode? status, SkytellsGateway gateway, string? requestId, ReadOnlySpan<byte> body, string operation, string reason, Exception? inner,
        string errorId = SkytellsInvalidResponseException.InvalidResponseErrorId)
    {
        var text = Redactor.Redact(Encoding.UTF8.GetString(body[..Math.Min(body.Length, MaxErrorBodyBytes)]));
        return new SkytellsInvalidResponseException(
            new SkytellsErrorInfo
            {
                StatusCode = status,
                ErrorId = errorId,
                Message = $"The {operation} response from the {gateway} gateway could not be read: {Redactor.Redact(reason)}",
                RequestId = Redactor.Redact(requestId),
                Gateway = gateway,
            },
            text,
            Redactor.Scrub(inner));
    }

    /// <summary>The failure for a body or event past its size limit; names the limit and keeps nothing of the body.</summary>
    public SkytellsInvalidResponseException TooLarge(HttpStatusCode? status, SkytellsGateway gateway, string? requestId, string operation, string what, long limit, string option) =>
        InvalidResponse(status, gateway, requestId, ReadOnlySpan<byte>.Empty, operation,
            $"{what} is larger than {option} ({limit} bytes) and was not read further",
            null, SkytellsInvalidResponseException.ResponseTooLargeErrorId);

    /// <summary>A network failure, its platform message redacted (it can quote response headers).</summary>
    public SkytellsNetworkException NetworkFailure(string what, SkytellsGateway gateway, bool mayHaveReachedServer, Exception exception) =>
        new(
            new SkytellsErrorInfo
            {
                ErrorId = SkytellsNetworkException.NetworkErrorId,
                Message = $"{what}: {Redactor.Redact(exception.Message)}",
                Gateway = gateway,
            },
            mayHaveReachedServer,
            Redactor.Scrub(exception));

    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private async ValueTask<T> SendCoreAsync<T>(SkytellsRequest request, bool streaming, Func<SkytellsTransport, HttpResponseMessage, SkytellsRequest, CancellationToken, ValueTask<T>> onSuccess, CancellationToken cancellationToken)
    {
        var retry = Options.Retry;
        var limits = Options.GetRateLimits(request.Gateway);
        for (var attempt = 0; ; attempt++)
        {
            SkytellsException failure;
            bool retryable;
            using (var lease = await RateLimitGate.AcquireAsync(limits?.RequestLimiter, limits?.MaxWait ?? Timeout.InfiniteTimeSpan, request.Gateway, "request", cancellationToken).ConfigureAwait(false))
            using (var activity = StartActivity(request, attempt))
            using (var tryCancellation = TryCancellation.Start(Options.RequestTimeout, reusable: !streaming, cancellationToken))
            {
                var started = Stopwatch.GetTimestamp();
                HttpResponseMessage? response = null;
                try
                {
                    using var message = BuildMessage(request, streaming);
                    response = await (_http is HttpClient client
                        ? client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, tryCancellation.Token) // never buffer a caller's answer whole
                        : _http.SendAsync(message, tryCancellation.Token)).ConfigureAwait(false);
                    if (RefuseRedirect(response, request) is { } redirect)
                    {
                        throw redirect;
                    }

                    if (response.IsSuccessStatusCode)
                    {
                        var result = await onSuccess(this, response, request, tryCancellation.Token).ConfigureAwait(false);
                        Record(activity, request, started, (int)response.StatusCode, null);
                        if (streaming)
                        {
                            // The open stream now belongs to the caller; everything else is disposed below.
                            response = null;
                        }

                        return result;
                    }

                    using var errorResponse = await ReadAsync(response, request.Gateway, MaxErrorBodyBytes, keepPrefix: true, tryCancellation.Token).ConfigureAwait(false);
                    failure = SkytellsErrorMapper.FromResponse(errorResponse, request, Redactor);
                    var statuses = request.IsIdempotent ? retry.RetryableStatusCodes : retry.CreateRetryableStatusCodes;
                    retryable = statuses.Contains((int)errorResponse.StatusCode);
                    Record(activity, request, started, (int)errorResponse.StatusCode, failure);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // Report the caller's own token, not the linked per-try one, so callers can match it.
                    Record(activity, request, started, null, null, cancelled: true);
                    cancellationToken.ThrowIfCancellationRequested();
                    throw;
                }
                catch (OperationCanceledException exception)
                {
                    failure = new SkytellsTimeoutException(
                        new SkytellsErrorInfo
                        {
                            ErrorId = SkytellsTimeoutException.RequestTimeoutErrorId,
                            Message = $"The {request.Operation} call to the {request.Gateway} gateway did not complete within {Options.RequestTimeout}.",
                            Gateway = request.Gateway,
                        },
                        exception)
                    { Timeout = Options.RequestTimeout };
                    retryable = request.IsIdempotent && retry.RetryOnTransportErrors;
                    Record(activity, request, started, null, failure);
                }
                catch (Exception exception) when (exception is HttpRequestException or IOException)
                {
                    var notSent = exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };
                    failure = NetworkFailure($"The {request.Operation} call to the {request.Gateway} gateway failed", request.Gateway, mayHaveReachedServer: !notSent, exception);
                    retryable = retry.RetryOnTransportErrors && (request.IsIdempotent || notSent);
                    Record(activity, request, started, null, failure);
                }
                catch (SkytellsException exception)
                {
                    // Refused redirects, oversized or unreadable answers: the server did answer, so a retry could repeat work.
                    failure = exception;
                    retryable = false;
                    Record(activity, request, started, response is null ? null : (int)response.StatusCode, failure);
                }
                finally
                {
                    response?.Dispose();
                }
            }

            if (!retryable || attempt >= retry.MaxRetries)
            {
                throw failure;
            }

            if (failure.RetryAfter is { } retryAfter && retryAfter > retry.MaxRetryAfter)
            {
                // Waiting hours inside a call is worse than failing: hand the decision back to the caller at once.
                throw failure;
            }

            SkytellsTelemetry.Retries.Add(1, Tag("skytells.gateway", SkytellsTelemetry.GatewayTag(request.Gateway)), Tag("skytells.operation", request.Operation));
            await Task.Delay(RetryDelay.Compute(retry, attempt, failure.RetryAfter), cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask<SkytellsResponse> ReadSuccessAsync(HttpResponseMessage response, SkytellsRequest request, CancellationToken cancellationToken)
    {
        var read = await ReadAsync(response, request.Gateway, Options.MaxResponseBytes, keepPrefix: false, cancellationToken).ConfigureAwait(false);
        if (read.Exceeded)
        {
            read.Dispose();
            throw TooLarge(response.StatusCode, request.Gateway, read.RequestId, request.Operation, "the response", Options.MaxResponseBytes, nameof(SkytellsClientOptions.MaxResponseBytes));
        }

        return read;
    }

    /// <summary>
    /// Keeps a stream answer only when it is one: a success with any other content type (a JSON answer, a proxy's HTML
    /// page) would otherwise parse as zero events and lose what the server said.
    /// </summary>
    private async ValueTask<HttpResponseMessage> CheckStreamAsync(HttpResponseMessage response, SkytellsRequest request, CancellationToken cancellationToken)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (string.Equals(mediaType, "text/event-stream", StringComparison.OrdinalIgnoreCase))
        {
            return response;
        }

        using var answer = await ReadAsync(response, request.Gateway, MaxErrorBodyBytes, keepPrefix: true, cancellationToken).ConfigureAwait(false);
        var body = answer.Body.Span;
        if (EmbeddedError.TryRead(body, out var status))
        {
            var info = ErrorBodyReader.Read(status, body, answer.RequestId, request.Gateway, null, RateLimitInfo.FromHeaders(response.Headers), Redactor);
            throw SkytellsErrorMapper.FromInfo(info, request.Model);
        }

        throw InvalidResponse(response.StatusCode, request.Gateway, answer.RequestId, body, request.Operation,
            $"a stream was asked for (text/event-stream) but the answer is {Redactor.Redact(mediaType) ?? "without a content type"}", null);
    }

    /// <summary>
    /// A redirect is never followed with the key. The library's handler does not follow them; a caller's
    /// <see cref="HttpClient"/> may have, which shows as a final request URI on another origin.
    /// </summary>
    private SkytellsRedirectException? RefuseRedirect(HttpResponseMessage response, SkytellsRequest request)
    {
        var status = (int)response.StatusCode;
        if (response.RequestMessage?.RequestUri is { } final && !SameOrigin(final, request.Uri))
        {
            var where = Redactor.Redact(final.AbsoluteUri);
            return Redirected(request, response, where, followed: true,
                $"The HttpClient given to SkytellsClient followed a redirect of {request.Operation} from the {request.Gateway} gateway to {where} (HTTP {status}), " +
                "so the API key may have been sent there. The answer is refused; turn off automatic redirects on that HttpClient's handler (AllowAutoRedirect = false).");
        }

        if (status is < 300 or > 399)
        {
            return null;
        }

        var location = response.Headers.Location is { } target
            ? Redactor.Redact((target.IsAbsoluteUri ? target : new Uri(request.Uri, target)).AbsoluteUri)
            : null;
        return Redirected(request, response, location, followed: false,
            $"The {request.Gateway} gateway answered {request.Operation} with HTTP {status}, a redirect to {location ?? "no location"}. " +
            "The client does not follow redirects, so neither the API key nor the request went there.");
    }

    private SkytellsRedirectException Redirected(SkytellsRequest request, HttpResponseMessage response, string? location, bool followed, string message) =>
        new(
            new SkytellsErrorInfo
            {
                StatusCode = response.StatusCode,
                ErrorId = SkytellsRedirectException.RedirectErrorId,
                Message = message,
                RequestId = Redactor.Redact(SkytellsResponse.RequestIdOf(response.Headers)),
                Gateway = request.Gateway,
            },
            location,
            followed);

    private HttpRequestMessage BuildMessage(SkytellsRequest request, bool streaming)
    {
        var message = new HttpRequestMessage(request.Method, request.Uri);
        message.Headers.TryAddWithoutValidation("x-api-key", _apiKey);
        message.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
        message.Headers.TryAddWithoutValidation("Accept", streaming ? "text/event-stream" : "application/json");
        if (request.Body is { } body)
        {
            message.Content = new ByteArrayContent(body);
            message.Content.Headers.ContentType = JsonContentType;
        }

        return message;
    }

    private static async ValueTask<SkytellsResponse> ReadAsync(HttpResponseMessage response, SkytellsGateway gateway, int limit, bool keepPrefix, CancellationToken cancellationToken)
    {
        var body = await BoundedBody.ReadAsync(response.Content, limit, keepPrefix, cancellationToken).ConfigureAwait(false);
        return new SkytellsResponse(body)
        {
            StatusCode = response.StatusCode,
            Headers = response.Headers,
            Gateway = gateway,
        };
    }

    private static Activity? StartActivity(SkytellsRequest request, int attempt)
    {
        var activity = SkytellsTelemetry.Source.StartActivity(request.Operation, ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag("gen_ai.system", "skytells");
            activity.SetTag("gen_ai.operation.name", request.Operation);
            activity.SetTag("skytells.gateway", SkytellsTelemetry.GatewayTag(request.Gateway));
            activity.SetTag("http.request.method", request.Method.Method);
            activity.SetTag("server.address", request.Uri.Host);
            activity.SetTag("server.port", request.Uri.Port);
            if (request.Model is not null)
            {
                activity.SetTag("gen_ai.request.model", request.Model);
            }

            if (attempt > 0)
            {
                activity.SetTag("http.request.resend_count", attempt);
            }
        }

        return activity;
    }

    /// <summary>
    /// Ends the try's span and measures it. <c>error.type</c> is the exception type, never server text: it stays low in
    /// cardinality and cannot carry anything a server echoed.
    /// </summary>
    private static void Record(Activity? activity, SkytellsRequest request, long started, int? status, SkytellsException? failure, bool cancelled = false)
    {
        var errorType = cancelled ? typeof(OperationCanceledException).FullName : failure?.GetType().FullName;
        if (activity is not null)
        {
            if (status is { } code)
            {
                activity.SetTag("http.response.status_code", code);
            }

            if (errorType is not null)
            {
                activity.SetTag("error.type", errorType);
                activity.SetStatus(ActivityStatusCode.Error, failure?.Message ?? errorType);
            }
        }

        if (SkytellsTelemetry.RequestDuration.Enabled)
        {
            var tags = new TagList
            {
                { "skytells.gateway", SkytellsTelemetry.GatewayTag(request.Gateway) },
                { "skytells.operation", request.Operation },
                { "gen_ai.request.model", request.Model },
                { "http.response.status_code", status },
            };
            if (errorType is not null)
            {
                tags.Add("error.type", errorType);
            }

            SkytellsTelemetry.RequestDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }
    }

    private static KeyValuePair<string, object?> Tag(string name, object? value) => new(name, value);

    private static bool SameOrigin(Uri candidate, Uri endpoint) =>
        candidate.IsAbsoluteUri
        && string.Equals(candidate.Scheme, endpoint.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(candidate.Host, endpoint.Host, StringComparison.OrdinalIgnoreCase)
        && candidate.Port == endpoint.Port;
}
