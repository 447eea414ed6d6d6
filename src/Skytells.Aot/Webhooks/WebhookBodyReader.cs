namespace Skytells;

/// <summary>
/// Reads an unauthenticated webhook body in chunks and refuses it as soon as it passes a size limit, so a sender
/// cannot make the receiver hash or buffer more than the limit and one extra byte.
/// </summary>
internal static class WebhookBodyReader
{
    /// <summary>Bytes asked of the stream per read: one pooled array, few calls for a typical delivery.</summary>
    internal const int ChunkBytes = 16 * 1024;

    /// <summary>
    /// Reads the next chunk into <paramref name="chunk"/> and returns its length (0 at the end of the body).
    /// </summary>
    /// <param name="body">The request body.</param>
    /// <param name="chunk">Where the bytes go.</param>
    /// <param name="readSoFar">Bytes already read from <paramref name="body"/>.</param>
    /// <param name="limit">Most bytes the body may have.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="SkytellsWebhookException">More than <paramref name="limit"/> bytes arrived (<c>PAYLOAD_TOO_LARGE</c>).</exception>
    internal static async ValueTask<int> ReadChunkAsync(Stream body, Memory<byte> chunk, long readSoFar, int limit, CancellationToken cancellationToken)
    {
        // Asking for no more than one byte past the limit is enough to prove a body too large, and reads no further.
        var wanted = (int)Math.Min(chunk.Length, limit - readSoFar + 1);
        var read = await body.ReadAsync(chunk[..wanted], cancellationToken).ConfigureAwait(false);
        if (readSoFar + read > limit)
        {
            throw SkytellsWebhookException.PayloadTooLarge(limit);
        }

        return read;
    }
}
