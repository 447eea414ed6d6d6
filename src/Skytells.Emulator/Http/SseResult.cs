using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Skytells.Emulator.Http;

/// <summary>
/// A server-sent-events answer (spec section 4): the status and headers go out at once, then the producer writes
/// events as it makes them. There is no body up front, so a fault that truncates bodies has nothing to cut here.
/// </summary>
internal sealed class SseResult : ApiResult
{
    public const string EventStreamContentType = "text/event-stream";

    private readonly Func<SseWriter, Task> _produce;

    public SseResult(Func<SseWriter, Task> produce)
        : base(200) => _produce = produce;

    public override ReadOnlyMemory<byte> Body => ReadOnlyMemory<byte>.Empty;

    public override string ContentType => EventStreamContentType;

    /// <summary>
    /// A length to announce instead of chunked framing. A producer that stops short of it makes the connection end
    /// with a plain close and no end-of-body marker, so the client sees a broken stream yet keeps every byte sent
    /// (aborting the connection instead resets it, and a reset can destroy data the client has not read yet).
    /// </summary>
    public long? AnnouncedLength { get; init; }

    public override async Task ExecuteAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = StatusCode;
        response.ContentType = ContentType;
        foreach (var (name, value) in Headers)
        {
            response.Headers[name] = value;
        }

        response.Headers.CacheControl = "no-cache";
        response.ContentLength = AnnouncedLength;

        // Each event must reach the client when it is written, not when a buffer fills: the client measures time to
        // first token and idle gaps on what it receives.
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.StartAsync(context.RequestAborted).ConfigureAwait(false);

        // Starting only queues the headers; the flush sends them, so the client has its 200 before the first token.
        await response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
        await _produce(new SseWriter(context)).ConfigureAwait(false);
    }
}
