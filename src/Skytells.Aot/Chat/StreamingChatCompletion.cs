namespace Skytells;

/// <summary>
/// A streamed chat completion. Enumerate it once with <c>await foreach</c>; the request is sent when enumeration
/// starts. It ends at <c>[DONE]</c> or a clean close after the first chunk (a close before any is an error), skips
/// keep-alives and empty events, stops promptly on cancellation even while the server is silent, fails with <see cref="SkytellsTimeoutException"/> after
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

        return new ChatStreamReader(_transport, _request, _options, Metrics, _cancellationToken, cancellationToken);
    }
}
