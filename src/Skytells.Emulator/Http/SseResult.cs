using System.Buffers;
using System.Net.ServerSentEvents;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Skytells.Emulator.Http;

/// <summary>
/// A server-sent-events answer (spec section 4): the status and headers go out at once, then
/// <see cref="SseFormatter"/> writes the events as the producer yields them, one socket write each. There is no body
/// up front, so a fault that truncates bodies has nothing to cut here.
/// </summary>
internal sealed class SseResult(Func<Stream, IAsyncEnumerable<SseItem<ReadOnlyMemory<byte>>>> produce)
    : ApiResult(200, "text/event-stream", ReadOnlyMemory<byte>.Empty)
{
    /// <summary>The bytes <see cref="SseFormatter"/> sends for a single-line payload of this length.</summary>
    public static long EventLength(int payloadLength) => "data: ".Length + payloadLength + "\n\n".Length;

    /// <summary>
    /// A length to announce instead of chunked framing. A producer that stops short of it makes the connection end
    /// with a plain close and no end-of-body marker, so the client sees a broken stream yet keeps every byte sent
    /// (aborting the connection instead resets it, and a reset can destroy data the client has not read yet).
    /// </summary>
    public long? AnnouncedLength { get; init; }

    public override async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = WriteHead(httpContext);
        response.Headers.CacheControl = "no-cache";
        response.ContentLength = AnnouncedLength;

        // Each event must reach the client when it is written, not when a buffer fills: the client measures time to
        // first token and idle gaps on what it receives.
        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.StartAsync(httpContext.RequestAborted).ConfigureAwait(false);

        // Starting only queues the headers; the flush sends them, so the client has its 200 before the first token.
        await response.Body.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
        await SseFormatter.WriteAsync(
            produce(response.Body), response.Body, static (item, writer) => writer.Write(item.Data.Span), httpContext.RequestAborted).ConfigureAwait(false);
    }
}
