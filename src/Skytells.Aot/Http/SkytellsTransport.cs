using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Skytells;

/// <summary>
/// Sends requests for every view of one client: one <see cref="HttpClient"/>, one key, one set of options.
/// Owns retries, per-try timeouts and error mapping so every operation behaves the same.
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

    public Uri BuildUri(SkytellsGateway gateway, string path, string? query = null)
    {
        var root = Options.GetEndpoint(gateway).AbsoluteUri.TrimEnd('/');
        return new Uri(string.IsNullOrEmpty(query) ? root + path : $"{root}{path}?{query}", UriKind.Absolute);
    }

    /// <summary>True when <paramref name="uri"/> points at one of the configured gateways, so the key may be sent there.</summary>
    public bool IsGatewayUri(Uri uri) =>
        SameOrigin(uri, Options.StandardEndpoint) || SameOrigin(uri, Options.EdgeEndpoint);

    public async Task<SkytellsResponse> SendAsync(SkytellsRequest request, CancellationToken cancellationToken)
    {
        var retry = Options.Retry;
        for (var attempt = 0; ; attempt++)
        {
            SkytellsException failure;
            bool retryable;
            using (var tryCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                if (Options.RequestTimeout != Timeout.InfiniteTimeSpan)
                {
                    tryCancellation.CancelAfter(Options.RequestTimeout);
                }

                try
                {
                    var response = await SendOnceAsync(request, tryCancellation.Token).ConfigureAwait(false);
                    if ((int)response.StatusCode is >= 200 and <= 299)
                    {
                        return response;
                    }

                    failure = SkytellsErrorMapper.FromResponse(response, request, Redactor);
                    var statuses = request.IsIdempotent ? retry.RetryableStatusCodes : retry.CreateRetryableStatusCodes;
                    retryable = statuses.Contains((int)response.StatusCode);
                }
                catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
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

            await Task.Delay(RetryDelay.Compute(retry, attempt, failure.RetryAfter), cancellationToken).ConfigureAwait(false);
        }
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
            throw InvalidResponse(response, operation, exception.Message, exception);
        }

        throw InvalidResponse(response, operation, "the body is empty or null", null);
    }

    public SkytellsInvalidResponseException InvalidResponse(SkytellsResponse response, string operation, string reason, Exception? inner)
    {
        var length = Math.Min(response.Body.Length, MaxBodyInException);
        var body = Redactor.Redact(Encoding.UTF8.GetString(response.Body, 0, length));
        return new SkytellsInvalidResponseException(
            new SkytellsErrorInfo
            {
                StatusCode = response.StatusCode,
                ErrorId = SkytellsInvalidResponseException.InvalidResponseErrorId,
                Message = $"The {operation} response from the {response.Gateway} gateway could not be read: {Redactor.Redact(reason)}",
                RequestId = response.RequestId,
                Gateway = response.Gateway,
            },
            body,
            inner);
    }

    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private async Task<SkytellsResponse> SendOnceAsync(SkytellsRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(request.Method, request.Uri);
        message.Headers.TryAddWithoutValidation("x-api-key", _apiKey);
        message.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (request.Body is { } body)
        {
            message.Content = new ReadOnlyMemoryContent(body);
            message.Content.Headers.ContentType = JsonContentType;
        }

        using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return new SkytellsResponse
        {
            StatusCode = response.StatusCode,
            Headers = response.Headers,
            ContentType = response.Content.Headers.ContentType?.MediaType,
            Body = bytes,
            Gateway = request.Gateway,
        };
    }

    private static bool SameOrigin(Uri candidate, Uri endpoint) =>
        candidate.IsAbsoluteUri
        && string.Equals(candidate.Scheme, endpoint.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(candidate.Host, endpoint.Host, StringComparison.OrdinalIgnoreCase)
        && candidate.Port == endpoint.Port;
}
