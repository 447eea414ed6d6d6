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
/// cannot do around a <c>yield</c>. Each event is parsed once, straight from the parser's buffer.
/// </summary>
internal sealed class ChatStreamReader : IAsyncEnumerator<ChatCompletionChunk>
{
    private readonly SkytellsTransport _transport;
    private readonly SkytellsRequest _request;
    private readonly ChatStreamOptions _options;
    private readonly ChatStreamMetrics _metrics;
    private readonly CancellationToken _streamToken;
    private readonly CancellationToken _enumeratorToken;

    // One source for the whole stream: linked to both caller tokens, and cancelled by the deadline when it passes.
    private readonly CancellationTokenSource _cancel;
    private readonly long _started = Stopwatch.GetTimestamp();
    private StreamDeadline? _deadline;
    private RateLimitLease? _lease;
    private HttpResponseMessage? _response;
    private IAsyncEnumerator<SseItem<ChatStreamItem>>? _events;
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
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(streamToken, enumeratorToken);
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

                _deadline!.Touch();

                // The parser can hand out buffered events without I/O, so cancellation is checked per event too.
                _cancel.Token.ThrowIfCancellationRequested();
                var item = events.Current.Data;
                if (item.Error is { } error)
                {
                    throw error;
                }

                if (item.Done)
                {
                    _metrics.CompletedWithDone = true;
                    break;
                }

                if (item.Chunk is { } chunk)
                {
                    Current = chunk;
                    Observe(chunk);
                    return true;
                }
            }
        }
        catch (OperationCanceledException exception) when (CancelledCallerToken is { } token)
        {
            await ReleaseAsync().ConfigureAwait(false);
            throw new OperationCanceledException(exception.Message, exception, token);
        }
        catch (OperationCanceledException exception) when (_deadline?.Expired == true)
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

    private async Task<IAsyncEnumerator<SseItem<ChatStreamItem>>> OpenAsync()
    {
        _lease = await _transport.AcquireStreamAsync(_request.Gateway, _cancel.Token).ConfigureAwait(false);
        _response = await _transport.OpenStreamAsync(_request, _cancel.Token).ConfigureAwait(false);
        _metrics.RateLimit = RateLimitInfo.FromHeaders(_response.Headers);
        _requestId = SkytellsResponse.RequestIdOf(_response.Headers);
        var body = await _response.Content.ReadAsStreamAsync(_cancel.Token).ConfigureAwait(false);

        // Armed once the answer is open, so a deadline can only ever cut the body, never the request itself (which
        // has its own per-try timeout); the total limit still counts from the start.
        _deadline = new StreamDeadline(_options.IdleTimeout, _options.TotalTimeout, _started, _cancel);
        var parser = SseParser.Create(new SseEventLimitStream(body, _transport.Options.MaxStreamEventBytes), Parse);
        _events = parser.EnumerateAsync(_cancel.Token).GetAsyncEnumerator(_cancel.Token);
        return _events;
    }

    /// <summary>Turns one event into an item while its bytes are still the parser's: no copy, one parse.</summary>
    private ChatStreamItem Parse(string eventType, ReadOnlySpan<byte> data)
    {
        if (eventType == "error")
        {
            EmbeddedError.TryRead(data, out var eventStatus);
            return ChatStreamItem.Failure(StreamError(eventStatus, data));
        }

        var text = data.Trim(" \t\r\n"u8);
        if (text.IsEmpty)
        {
            return default;
        }

        if (text.SequenceEqual("[DONE]"u8))
        {
            return ChatStreamItem.DoneMarker;
        }

        try
        {
            var chunk = JsonSerializer.Deserialize(data, SkytellsJsonContext.Default.ChatCompletionChunk) ?? throw new JsonException("The event held null.");

            // An error envelope ({"error": ...} and no choices) reads as a chunk with the error among unknown fields.
            if (chunk.Choices.Count == 0 && chunk.AdditionalProperties?.ContainsKey("error") == true && EmbeddedError.TryRead(data, out var status))
            {
                return ChatStreamItem.Failure(StreamError(status, data));
            }

            return ChatStreamItem.Of(chunk);
        }
        catch (JsonException exception)
        {
            // An error envelope whose other fields do not fit a chunk is still an error, not an unreadable event.
            return EmbeddedError.TryRead(data, out var status)
                ? ChatStreamItem.Failure(StreamError(status, data))
                : ChatStreamItem.Failure(_transport.InvalidResponse(HttpStatusCode.OK, _request.Gateway, _requestId, data, _request.Operation, $"an event is not a chat chunk ({exception.Message})", exception));
        }
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
        var (limit, id, what) = _deadline?.IdleExpired == true
            ? (_options.IdleTimeout, "STREAM_IDLE_TIMEOUT", "sent nothing for")
            : (_options.TotalTimeout, "STREAM_TIMEOUT", "did not finish within");
        return new SkytellsTimeoutException(
            new SkytellsErrorInfo { ErrorId = id, Message = $"The chat stream from the {_request.Gateway} gateway {what} {limit} (after {_metrics.ChunkCount} chunks).", Gateway = _request.Gateway },
            exception)
        { Timeout = limit };
    }

    private SkytellsException StreamError(HttpStatusCode status, ReadOnlySpan<byte> data)
    {
        var info = ErrorBodyReader.Read(status, data, _requestId, _request.Gateway, null, _metrics.RateLimit, _transport.Redactor);
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
        _deadline?.Dispose();
        if (_events is not null)
        {
            await _events.DisposeAsync().ConfigureAwait(false);
        }

        _response?.Dispose();
        _lease?.Dispose();
        _cancel.Dispose();
    }
}
