using System.Diagnostics;
using System.Net;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Skytells;

/// <summary>
/// A streamed chat completion. Enumerate it once with <c>await foreach</c>; the request is sent when enumeration
/// starts. It ends at <c>[DONE]</c> or a clean close, skips keep-alives and empty events, stops promptly on
/// cancellation even while the server is silent, fails with <see cref="SkytellsTimeoutException"/> after
/// <see cref="ChatStreamOptions.IdleTimeout"/> of silence or <see cref="ChatStreamOptions.TotalTimeout"/> in all, turns an
/// error event into a typed exception, and is never retried once a chunk was yielded.
/// </summary>
public sealed class StreamingChatCompletion : IAsyncEnumerable<ChatCompletionChunk>
{
    private readonly SkytellsTransport _transport;
    private readonly SkytellsRequest _request;
    private readonly ChatStreamOptions _options;
    private readonly CancellationToken _cancellationToken;
    private int _enumerated;

    internal StreamingChatCompletion(SkytellsTransport transport, SkytellsRequest request, ChatStreamOptions options, CancellationToken cancellationToken)
    {
        _transport = transport;
        _request = request;
        _options = options;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Time to first token, duration and chunk count, filled in while the stream is read.</summary>
    public ChatStreamMetrics Metrics { get; } = new();

    /// <inheritdoc />
    public IAsyncEnumerator<ChatCompletionChunk> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _enumerated, 1) != 0)
        {
            throw new InvalidOperationException("A chat stream can be enumerated only once; start a new stream to ask again.");
        }

        return ReadAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
    }

    private async IAsyncEnumerable<ChatCompletionChunk> ReadAsync([EnumeratorCancellation] CancellationToken enumeratorToken)
    {
        using var caller = CancellationTokenSource.CreateLinkedTokenSource(_cancellationToken, enumeratorToken);
        var started = Stopwatch.GetTimestamp();
        using var lease = await _transport.AcquireStreamAsync(_request.Gateway, caller.Token).ConfigureAwait(false);
        using var total = new CancellationTokenSource(_options.TotalTimeout);
        using var idle = new CancellationTokenSource();
        using var read = CancellationTokenSource.CreateLinkedTokenSource(caller.Token, total.Token, idle.Token);

        using var response = await _transport.OpenStreamAsync(_request, caller.Token).ConfigureAwait(false);
        Metrics.RateLimit = RateLimitInfo.FromHeaders(response.Headers);
        var requestId = response.Headers.TryGetValues("x-request-id", out var ids) ? ids.FirstOrDefault() : null;
        using var body = await response.Content.ReadAsStreamAsync(read.Token).ConfigureAwait(false);
        var parser = SseParser.Create(body, static (eventType, data) => new SseFrame(eventType, data.ToArray()));
        var events = parser.EnumerateAsync(read.Token).GetAsyncEnumerator(read.Token);
        await using var disposeEvents = events.ConfigureAwait(false);
        ChatUsage? usage = null;
        string? model = null;
        while (true)
        {
            idle.CancelAfter(_options.IdleTimeout);
            if (!await MoveNextAsync(events, idle, caller.Token).ConfigureAwait(false))
            {
                break;
            }

            // The parser can hand out buffered events without I/O, so cancellation is checked per event too.
            caller.Token.ThrowIfCancellationRequested();
            var frame = events.Current.Data;
            if (frame.IsBlank)
            {
                continue;
            }

            if (frame.IsDone)
            {
                Metrics.CompletedWithDone = true;
                break;
            }

            var chunk = ParseChunk(frame, requestId);
            Metrics.ChunkCount++;
            usage = chunk.Usage ?? usage;
            model ??= chunk.Model;
            if (Metrics.TimeToFirstToken is null && HasToken(chunk))
            {
                Metrics.TimeToFirstToken = Stopwatch.GetElapsedTime(started);
                ChatTelemetry.RecordTimeToFirstToken(_request, Metrics.TimeToFirstToken.Value);
            }

            yield return chunk;
        }

        Metrics.Duration = Stopwatch.GetElapsedTime(started);
        ChatTelemetry.RecordOperation(_request, model, usage, Metrics.Duration.Value);
    }

    private async ValueTask<bool> MoveNextAsync(IAsyncEnumerator<SseItem<SseFrame>> events, CancellationTokenSource idle, CancellationToken caller)
    {
        try
        {
            return await events.MoveNextAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (!caller.IsCancellationRequested)
        {
            var (limit, id, what) = idle.IsCancellationRequested
                ? (_options.IdleTimeout, "STREAM_IDLE_TIMEOUT", "sent nothing for")
                : (_options.TotalTimeout, "STREAM_TIMEOUT", "did not finish within");
            throw new SkytellsTimeoutException(
                new SkytellsErrorInfo { ErrorId = id, Message = $"The chat stream from the {_request.Gateway} gateway {what} {limit} (after {Metrics.ChunkCount} chunks).", Gateway = _request.Gateway },
                exception)
            { Timeout = limit };
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException)
        {
            throw new SkytellsNetworkException(
                new SkytellsErrorInfo
                {
                    ErrorId = SkytellsNetworkException.NetworkErrorId,
                    Message = $"The chat stream from the {_request.Gateway} gateway broke after {Metrics.ChunkCount} chunks: {_transport.Redactor.Redact(exception.Message)}",
                    Gateway = _request.Gateway,
                },
                mayHaveReachedServer: true,
                exception);
        }
    }

    private ChatCompletionChunk ParseChunk(SseFrame frame, string? requestId)
    {
        try
        {
            var reader = new Utf8JsonReader(frame.Bytes);
            using (var document = JsonDocument.ParseValue(ref reader))
            {
                if (frame.EventType == "error" || IsErrorEvent(document.RootElement))
                {
                    throw StreamError(document.RootElement, frame, requestId);
                }
            }

            return JsonSerializer.Deserialize(frame.Bytes, SkytellsJsonContext.Default.ChatCompletionChunk)
                ?? throw new JsonException("The event held null.");
        }
        catch (JsonException exception)
        {
            throw _transport.InvalidResponse(HttpStatusCode.OK, _request.Gateway, requestId, frame.Bytes, _request.Operation, $"an event is not a chat chunk ({exception.Message})", exception);
        }
    }

    private SkytellsException StreamError(JsonElement root, SseFrame frame, string? requestId)
    {
        var status = HttpStatusCode.InternalServerError;
        if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            foreach (var name in (ReadOnlySpan<string>)["status", "http_status"])
            {
                if (error.TryGetProperty(name, out var value) && value.TryGetInt32(out var code) && code is >= 400 and <= 599)
                {
                    status = (HttpStatusCode)code;
                }
            }
        }

        var info = ErrorBodyReader.Read(status, frame.Bytes, requestId, _request.Gateway, null, Metrics.RateLimit, _transport.Redactor);
        return SkytellsErrorMapper.FromInfo(info, _request.Model);
    }

    private static bool IsErrorEvent(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty("error", out var error)
        && error.ValueKind is JsonValueKind.Object or JsonValueKind.String
        && !root.TryGetProperty("choices", out _);

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

    /// <summary>One SSE event's type and data, copied out of the parser's buffer.</summary>
    private readonly record struct SseFrame(string EventType, byte[] Bytes)
    {
        public bool IsBlank => Bytes.AsSpan().Trim(" \t\r\n"u8).IsEmpty;

        public bool IsDone => Bytes.AsSpan().Trim(" \t\r\n"u8).SequenceEqual(DoneMarkerBytes);

        private static ReadOnlySpan<byte> DoneMarkerBytes => "[DONE]"u8;
    }
}
