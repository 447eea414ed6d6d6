using System.Diagnostics;
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
    private const int MaxBodyInException = 64 * 1024;
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json");

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly string _apiKey;
    private readonly string _userAgent;

    public SkytellsTransport(SkytellsClientOptions options, HttpClient? httpClient)
    {
        Options = options;
        _apiKey = options.ApiKey!;
        Redactor = new SecretRedactor(_apiKey);
        _userAgent = UserAgent.Build(options.ApplicationId);
        Budget = options.Budget is { } budget ? new BudgetTracker(budget, TimeProvider.System) : null;
        if (httpClient is null)
        {
            // Timeouts are enforced per try by the transport, so the HttpClient itself must never cut a call short.
            _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            {
                Timeout = Timeout.InfiniteTimeSpan,
            };
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
        var root = Options.GetEndpoint(gateway).AbsoluteUri.TrimEnd('/');
        return new Uri(string.IsNullOrEmpty(query) ? root + path : $"{root}{path}?{query}", UriKind.Absolute);
    }

    /// <summary>True when <paramref name="uri"/> points at one of the configured gateways, so the key may be sent there.</summary>
    public bool IsGatewayUri(Uri uri) =>
        SameOrigin(uri, Options.StandardEndpoint) || SameOrigin(uri, Options.EdgeEndpoint);

    /// <summary>Sends a request and reads the whole successful response.</summary>
    public Task<SkytellsResponse> SendAsync(SkytellsRequest request, CancellationToken cancellationToken) =>
        SendCoreAsync(request, streaming: false, static async (response, gateway, token) => await ReadAsync(response, gateway, token).ConfigureAwait(false), cancellationToken);

    /// <summary>
    /// Sends a streaming request and returns the open response once its headers arrived with a success status.
    /// Retries happen only here, before any byte of the body was handed to the caller.
    /// </summary>
    public Task<HttpResponseMessage> OpenStreamAsync(SkytellsRequest request, CancellationToken cancellationToken) =>
        SendCoreAsync(request, streaming: true, static (response, _, _) => Task.FromResult(response), cancellationToken);

    /// <summary>Acquires a stream permit from the gateway's stream limiter (a no-op lease when unlimited).</summary>
    public ValueTask<RateLimitLease> AcquireStreamAsync(SkytellsGateway gateway, CancellationToken cancellationToken)
    {
        var limits = Options.GetRateLimits(gateway);
        return RateLimitGate.AcquireAsync(limits?.StreamLimiter, limits?.MaxWait ?? Timeout.InfiniteTimeSpan, gateway, "stream", cancellationToken);
    }

    /// <summary>Reads a successful response as <typeparamref name="T"/>; a body that does not parse is a typed error that keeps the body.</summary>
    public T ReadJson<T>(SkytellsResponse response, JsonTypeInfo<T> typeInfo, string operation)
    {
        try
        {
            var value = JsonSerializer.Deserialize(response.Body, typeInfo);
            if (value is not null)
            {
                return value;
            }
        }
        catch (JsonException exception)
        {
            throw InvalidResponse(response.StatusCode, response.Gateway, response.RequestId, response.Body, operation, exception.Message, exception);
        }

        throw InvalidResponse(response.StatusCode, response.Gateway, response.RequestId, response.Body, operation, "the body is empty or null", null);
    }

    public SkytellsInvalidResponseException InvalidResponse(SkytellsResponse response, string operation, string reason, Exception? inner) =>
        InvalidResponse(response.StatusCode, response.Gateway, response.RequestId, response.Body, operation, reason, inner);

    public SkytellsInvalidResponseException InvalidResponse(System.Net.HttpStatusCode? status, SkytellsGateway gateway, string? requestId, ReadOnlySpan<byte> body, string operation, string reason, Exception? inner)
    {
        var text = Redactor.Redact(Encoding.UTF8.GetString(body[..Math.Min(body.Length, MaxBodyInException)]));
        return new SkytellsInvalidResponseException(
            new SkytellsErrorInfo
            {
                StatusCode = status,
                ErrorId = SkytellsInvalidResponseException.InvalidResponseErrorId,
                Message = $"The {operation} response from the {gateway} gateway could not be read: {Redactor.Redact(reason)}",
                RequestId = requestId,
                Gateway = gateway,
            },
            text,
            inner);
    }

    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private async Task<T> SendCoreAsync<T>(SkytellsRequest request, bool streaming, Func<HttpResponseMessage, SkytellsGateway, CancellationToken, Task<T>> onSuccess, CancellationToken cancellationToken)
    {
        var retry = Options.Retry;
        var limits = Options.GetRateLimits(request.Gateway);
        for (var attempt = 0; ; attempt++)
        {
            SkytellsException failure;
            bool retryable;
            using (var lease = await RateLimitGate.AcquireAsync(limits?.RequestLimiter, limits?.MaxWait ?? Timeout.InfiniteTimeSpan, request.Gateway, "request", cancellationToken).ConfigureAwait(false))
            using (var activity = StartActivity(request, attempt))
            using (var tryCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                if (Options.RequestTimeout != Timeout.InfiniteTimeSpan)
                {
                    tryCancellation.CancelAfter(Options.RequestTimeout);
                }

                var started = Stopwatch.GetTimestamp();
                HttpResponseMessage? response = null;
                try
                {
                    using var message = BuildMessage(request, streaming);
                    response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, tryCancellation.Token).ConfigureAwait(false);
                    if (response.IsSuccessStatusCode)
                    {
                        var result = await onSuccess(response, request.Gateway, tryCancellation.Token).ConfigureAwait(false);
                        Record(activity, request, started, (int)response.StatusCode, null);
                        if (streaming)
                        {
                            // The open stream now belongs to the caller; everything else is disposed below.
                            response = null;
                        }

                        return result;
                    }

                    var errorResponse = await ReadAsync(response, request.Gateway, tryCancellation.Token).ConfigureAwait(false);
                    failure = SkytellsErrorMapper.FromResponse(errorResponse, request, Redactor);
                    var statuses = request.IsIdempotent ? retry.RetryableStatusCodes : retry.CreateRetryableStatusCodes;
                    retryable = statuses.Contains((int)errorResponse.StatusCode);
                    Record(activity, request, started, (int)errorResponse.StatusCode, failure.ErrorId);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // Report the caller's own token, not the linked per-try one, so callers can match it.
                    Record(activity, request, started, null, "cancelled");
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
                    Record(activity, request, started, null, failure.ErrorId);
                }
                catch (Exception exception) when (exception is HttpRequestException or IOException)
                {
                    var notSent = exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };
                    failure = new SkytellsNetworkException(
                        new SkytellsErrorInfo
                        {
                            ErrorId = SkytellsNetworkException.NetworkErrorId,
                            Message = $"The {request.Operation} call to the {request.Gateway} gateway failed: {Redactor.Redact(exception.Message)}",
                            Gateway = request.Gateway,
                        },
                        mayHaveReachedServer: !notSent,
                        exception);
                    retryable = retry.RetryOnTransportErrors && (request.IsIdempotent || notSent);
                    Record(activity, request, started, null, failure.ErrorId);
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

    private HttpRequestMessage BuildMessage(SkytellsRequest request, bool streaming)
    {
        var message = new HttpRequestMessage(request.Method, request.Uri);
        message.Headers.TryAddWithoutValidation("x-api-key", _apiKey);
        message.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(streaming ? "text/event-stream" : "application/json"));
        if (request.Body is { } body)
        {
            message.Content = new ReadOnlyMemoryContent(body);
            message.Content.Headers.ContentType = JsonContentType;
        }

        return message;
    }

    private static async Task<SkytellsResponse> ReadAsync(HttpResponseMessage response, SkytellsGateway gateway, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return new SkytellsResponse
        {
            StatusCode = response.StatusCode,
            Headers = response.Headers,
            Body = bytes,
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

    private static void Record(Activity? activity, SkytellsRequest request, long started, int? status, string? errorId)
    {
        if (activity is not null)
        {
            if (status is { } code)
            {
                activity.SetTag("http.response.status_code", code);
            }

            if (errorId is not null)
            {
                activity.SetTag("error.type", errorId);
                activity.SetStatus(ActivityStatusCode.Error, errorId);
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
            if (errorId is not null)
            {
                tags.Add("error.type", errorId);
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
