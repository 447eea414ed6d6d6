using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;

namespace Skytells.Emulator.Faults;

/// <summary>Writes a body made of one array repeated, without ever holding more than that array in memory.</summary>
internal static class RawBodyWriter
{
    // Copies of a small body pile up in the response pipe until this much is pending, so a 1 KB body repeated 50,000
    // times costs hundreds of flushes (and socket sends), not 50,000; the pipe's pooled buffers are reused throughout.
    private const int FlushThreshold = 64 * 1024;

    /// <summary>Writes <paramref name="body"/> <paramref name="repeat"/> times but no more than <paramref name="limit"/> bytes, then flushes.</summary>
    /// <returns>False when the client went away before the last byte was handed to the transport.</returns>
    public static async Task<bool> WriteAsync(HttpResponse response, ReadOnlyMemory<byte> body, int repeat, long limit, CancellationToken cancellationToken)
    {
        var writer = response.BodyWriter;
        long sent = 0;
        long pending = 0;
        try
        {
            for (var i = 0; i < repeat && sent < limit && body.Length > 0; i++)
            {
                var part = body[..(int)Math.Min(body.Length, limit - sent)];
                writer.Write(part.Span);
                sent += part.Length;
                pending += part.Length;
                if (pending >= FlushThreshold)
                {
                    pending = 0;
                    if (!Delivered(await writer.FlushAsync(cancellationToken).ConfigureAwait(false)))
                    {
                        return false;
                    }
                }
            }

            return Delivered(await writer.FlushAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (Exception e) when (e is IOException || (e is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            // The client hung up mid-body: a hostile answer has nobody left to hurt, so stop without noise.
            return false;
        }
    }

    private static bool Delivered(FlushResult result) => !result.IsCanceled && !result.IsCompleted;
}
