using System.Text;
using Microsoft.AspNetCore.Http;

namespace Skytells.Emulator.Http;

/// <summary>Writes the frames of an event stream and flushes each one, so that the client sees it at once.</summary>
internal sealed class SseWriter
{
    private static readonly byte[] DataPrefix = "data: "u8.ToArray();
    private static readonly byte[] EventEnd = "\n\n"u8.ToArray();
    private static readonly byte[] EmptyDataEvent = "data:\n\n"u8.ToArray();

    /// <summary>The bytes <see cref="WriteDataAsync"/> sends for a payload of this length.</summary>
    public static long DataFrameLength(int payloadLength) => DataPrefix.Length + payloadLength + EventEnd.Length;

    /// <summary>The bytes <see cref="WriteCommentAsync"/> sends for this text.</summary>
    public static long CommentFrameLength(string text) => Encoding.UTF8.GetByteCount(text) + 4;

    /// <summary>The bytes <see cref="WriteEmptyDataAsync"/> sends.</summary>
    public static long EmptyDataFrameLength => EmptyDataEvent.Length;

    private readonly HttpContext _context;

    public SseWriter(HttpContext context) => _context = context;

    /// <summary>One <c>data: &lt;payload&gt;</c> event; the payload is a single line (compact JSON or <c>[DONE]</c>).</summary>
    public async Task WriteDataAsync(ReadOnlyMemory<byte> payload)
    {
        var frame = new byte[DataPrefix.Length + payload.Length + EventEnd.Length];
        DataPrefix.CopyTo(frame, 0);
        payload.Span.CopyTo(frame.AsSpan(DataPrefix.Length));
        EventEnd.CopyTo(frame, DataPrefix.Length + payload.Length);
        await SendAsync(frame).ConfigureAwait(false);
    }

    /// <summary>A comment line (<c>: text</c>), which SSE parsers skip; proxies see traffic on an idle stream.</summary>
    public Task WriteCommentAsync(string text) => SendAsync(Encoding.UTF8.GetBytes($": {text}\n\n"));

    /// <summary>An event whose data is empty: parsers report it, clients must skip it.</summary>
    public Task WriteEmptyDataAsync() => SendAsync(EmptyDataEvent);

    private async Task SendAsync(byte[] frame)
    {
        var body = _context.Response.Body;
        await body.WriteAsync(frame, _context.RequestAborted).ConfigureAwait(false);
        await body.FlushAsync(_context.RequestAborted).ConfigureAwait(false);
    }
}
