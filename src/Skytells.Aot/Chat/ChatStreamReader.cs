using System.Diagnostics;
using System.Net;
using System.Net.ServerSentEvents;
using System.Text.Json;
using System.Threading.RateLimiting;

namespace Skytells;

/// <summary>
/// Reads one chat stream: takes a stream permit, opens the request, parses server-sent events into chunks and maps
/// every way a stream can end (timeouts, drops, error events, oversized events, cancellation) to one typed outcome.
/// A hand-written enumerator rather than an iterator so every step can translate its failures, which an iterator
/// cannot do around a <c>yield</c>.
/// </summary>
internal sealed class ChatStreamReader : IAsyncEnumerator<ChatCompletionChunk>
{
    private readonly SkytellsTransport _transport;
    private readonly SkytellsRequest _request;
    private readonly ChatStreamOptions _options;
    private readonly ChatStreamMetrics _metrics;
    private readonly CancellationToken _streamToken;
    private readonly CancellationToken _enumeratorToken;
    private readonly CancellationTokenSource _caller;
    private readonly long _started = Stopwatch.GetTimestamp();
    private CancellationTokenSource? _total;
    private CancellationTokenSource? _idle;
    private CancellationTokenSource? _read;
    private RateLimitLease? _lease;
    private HttpResponseMessage? _response;
    private IAsyncEnumerator<SseItem<SseFrame>>? _events;
    private string? _requestId;
    private ChatUsage? _usage;
    private string? _model;
    private bool _finished;

    public ChatStreamReader(SkytellsTransport transport, SkytellsRequest request, ChatStreamOptions options, ChatStreamMetrics metrics,
        CancellationToken streamToken, CancellationToken enumeratorToken)
    {
        _transport = transport;
        _request = request;
        _options = options;
        _metrics = metrics;
        _streamToken = streamToken;
        _enumeratorToken = enumeratorToken;
        _caller = CancellationTokenSource.CreateLinkedTokenSource(streamToken, enumeratorToken);
    }

    public ChatCompletionChunk Current { get; private set; } = null!;

    /// <summary>The token the caller cancelled, when one of theirs was: reported instead of the internal linked one.</summary>
    private CancellationToken? CancelledCallerToken =>
        _streamToken.IsCancellationRequested ? _streamToken
        : _enumeratorToken.IsCancellationRequested ? _enumeratorToken
        : null;

    public async ValueTask<bool> MoveNextAsync()
    {
        if (_finished)
        {
            return false;
        }

        try
        {
            var events = _events ?? await OpenAsync().ConfigureAwait(false);
            while (true)
            {
                _idle!.CancelAfter(_options.IdleTimeout);
                if (!await events.MoveNextAsync().ConfigureAwait(false))
                {
                    // A close after chunks is a clean end; a close before any event and without [DONE] lost the answer.
                    if (_metrics.ChunkCount == 0)
                    {
                        throw _transport.InvalidResponse(HttpStatusCode.OK, _request.Gateway, _requestId, ReadOnlySpan<byte>.Empty, _request.Operation,
                            "the stream ended before its first event", null);
                    }

                    break;
                }

                // The parser can hand out buffered events without I/O, so cancellation is checked per event too.
                _caller.Token.ThrowIfCancellationRequested();
                var frame = events.Current.Data;
                if (frame.IsBlank)
                {
                    continue;
                }

                if (frame.IsDone)
                {
                    _metrics.CompletedWithDone = true;
                    break;
                }

                Current = ParseChunk(frame);
                Observe(Current);
                return true;
            }
        }
        catch (OperationCanceledException exception) when (CancelledCallerToken is { } token)
        {
            await ReleaseAsync().ConfigureAwait(false);
            throw new OperationCanceledException(exception.Message, exception, token);
        }
        catch (OperationCanceledException exception) when (_events is not null)
        {
            await ReleaseAsync().ConfigureAwait(false);
            throw Timeout(exception);
        }
        catch (SseEventTooLargeException exception)
        {
            await ReleaseAsync().ConfigureAwait(false);
            throw _transport.TooLarge(HttpStatusCode.OK, _request.Gateway, _requestId, _request.Operation,
                $"an event (after {_metrics.ChunkCount} chunks)", exception.Limit, nameof(SkytellsClientOptions.MaxStreamEventBytes));
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException)
        {
            await ReleaseAsync().ConfigureAwait(false);
            throw _transport.NetworkFailure($"The chat stream from the {_request.Gateway} gateway broke after {_metrics.ChunkCount} chunks", _request.Gateway, mayHaveReachedServer: true, exception);
        }
        catch
        {
            await ReleaseAsync().ConfigureAwait(false);
            throw;
        }

        _metrics.Duration = Stopwatch.GetElapsedTime(_started);
        ChatTelemetry.RecordOperation(_request, _model, _usage, _metrics.Duration.Value, _transport.Redactor);
        await ReleaseAsync().ConfigureAwait(false);
        return false;
    }

    public ValueTask DisposeAsync() => ReleaseAsync();

    private async Task<IAsyncEnumerator<SseItem<SseFrame>>> OpenAsync()
    {
        _lease = await _transport.AcquireStreamAsync(_request.Gateway, _caller.Token).ConfigureAwait(false);
        _total = new CancellationTokenSource(_options.TotalTimeout);
        _idle = new CancellationTokenSource();
        _read = CancellationTokenSource.CreateLinkedTokenSource(_caller.Token, _total.Token, _idle.Token);
        _response = await _transport.OpenStreamAsync(_request, _caller.Token).ConfigureAwait(false);
        _metrics.RateLimit = RateLimitInfo.FromHeaders(_response.Headers);
        _requestId = _response.Headers.TryGetValues("x-request-id", out var ids) ? ids.FirstOrDefault() : null;
        var body = await _response.Content.ReadAsStreamAsync(_read.Token).ConfigureAwait(false);
        var limited = new SseEventLimitStream(body, _transport.Options.MaxStreamEventBytes);
        var parser = SseParser.Create(limited, static (eventType, data) => new SseFrame(eventType, data.ToArray()));
        _events = parser.EnumerateAsync(_read.Token).GetAsyncEnumerator(_read.Token);
        return _events;
    }

    private void Observe(ChatCompletionChunk chunk)
    {
        _metrics.ChunkCount++;
        _usage = chunk.Usage ?? _usage;
        _model ??= chunk.Model;
        if (_metrics.TimeToFirstToken is null && HasToken(chunk))
        {
            _metrics.TimeToFirstToken = Stopwatch.GetElapsedTime(_started);
            ChatTelemetry.RecordTimeToFirstToken(_request, _metrics.TimeToFirstToken.Value);
        }
    }

    private SkytellsTimeoutException Timeout(OperationCanceledException exception)
    {
        var (limit, id, what) = _idle?.IsCancellationRequested == true
            ? (_options.IdleTimeout, "STREAM_IDLE_TIMEOUT", "sent nothing for")
            : (_options.TotalTimeout, "STREAM_TIMEOUT", "did not finish within");
        return new SkytellsTimeoutException(
            new SkytellsErrorInfo { ErrorId = id, Message = $"The chat stream from the {_request.Gateway} gateway {what} {limit} (after {_metrics.ChunkCount} chunks).", Gateway = _request.Gateway },
            exception)
        { Timeout = limit };
    }

    private ChatCompletionChunk ParseChunk(SseFrame frame)
    {
        if (frame.EventType == "error")
        {
            EmbeddedError.TryRead(frame.Bytes, out var eventStatus);
            throw StreamError(eventStatus, frame);
        }

        try
        {
            var reader = new Utf8JsonReader(frame.Bytes);
            using (var document = JsonDocument.ParseValue(ref reader))
            {
                if (EmbeddedError.TryRead(document.RootElement, out var status))
                {
                    throw StreamError(status, frame);
                }
            }

            return JsonSerializer.Deserialize(frame.Bytes, SkytellsJsonContext.Default.ChatCompletionChunk)
                ?? throw new JsonException("The event held null.");
        }
        catch (JsonException exception)
        {
            throw _transport.InvalidResponse(HttpStatusCode.OK, _request.Gateway, _requestId, frame.Bytes, _request.Operation, $"an event is not a chat chunk ({exception.Message})", exception);
        }
    }

    private SkytellsException StreamError(HttpStatusCode status, SseFrame frame)
    {
        var info = ErrorBodyReader.Read(status, frame.Bytes, _requestId, _request.Gateway, null, _metrics.RateLimit, _transport.Redactor);
        return SkytellsErrorMapper.FromInfo(info, _request.Model);
    }

    private static bool HasToken(ChatCompletionChunk chunk)
    {
        foreach (var choice in chunk.Choices)
        {
            if (!string.IsNullOrEmpty(choice.Delta?.Content) || choice.Delta?.ToolCalls.Count > 0 || !string.IsNullOrEmpty(choice.Delta?.Refusal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the stream permit and the connection as soon as the stream ends, however it ends.</summary>
    private async ValueTask ReleaseAsync()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        if (_events is not null)
        {
            await _events.DisposeAsync().ConfigureAwait(false);
        }

        _response?.Dispose();
        _lease?.Dispose();
        _read?.Dispose();
        _idle?.Dispose();
        _total?.Dispose();
        _caller.Dispose();
    }

    /// <summary>One SSE event's type and data, copied out of the parser's buffer.</summary>
    private readonly record struct SseFrame(string EventType, byte[] Bytes)
    {
        public bool IsBlank => Bytes.AsSpan().Trim(" \t\r\n"u8).IsEmpty;

        public bool IsDone => Bytes.AsSpan().Trim(" \t\r\n"u8).SequenceEqual(DoneMarkerBytes);

        private static ReadOnlySpan<byte> DoneMarkerBytes => "[DONE]"u8;
    }
}
