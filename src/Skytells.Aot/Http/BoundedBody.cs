namespace Skytells;

/// <summary>
/// Reads a response body without ever holding more than a limit: a declared <c>Content-Length</c> past the limit is
/// refused before reading, and an undeclared one stops as soon as the limit is passed.
/// </summary>
internal static class BoundedBody
{
    private const int InitialBuffer = 4 * 1024;

    /// <summary>The bytes read, and whether the body went on past <c>limit</c> (then <see cref="Bytes"/> holds the first bytes only).</summary>
    public readonly record struct Result(ReadOnlyMemory<byte> Bytes, bool Exceeded, long? DeclaredLength);

    /// <param name="content">The body to read.</param>
    /// <param name="limit">The most bytes to keep.</param>
    /// <param name="keepPrefix">
    /// When the body is too large: true reads and returns its first <paramref name="limit"/> bytes (an error page
    /// whose start is worth showing), false returns nothing and reads nothing more.
    /// </param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<Result> ReadAsync(HttpContent content, int limit, bool keepPrefix, CancellationToken cancellationToken)
    {
        var declared = content.Headers.ContentLength;
        if (declared > limit && !keepPrefix)
        {
            return new Result(ReadOnlyMemory<byte>.Empty, Exceeded: true, declared);
        }

        if (declared == 0)
        {
            return new Result(ReadOnlyMemory<byte>.Empty, Exceeded: false, declared);
        }

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[declared is { } length ? (int)Math.Min(length, limit) : Math.Min(InitialBuffer, limit)];
            var total = 0;
            while (true)
            {
                if (total == buffer.Length)
                {
                    if (total == declared)
                    {
                        return new Result(buffer, Exceeded: false, declared);
                    }

                    if (total >= limit)
                    {
                        // One more byte tells a body of exactly the limit from a longer one.
                        var probe = new byte[1];
                        var more = await stream.ReadAsync(probe, cancellationToken).ConfigureAwait(false);
                        return new Result(buffer, Exceeded: more > 0, declared);
                    }

                    Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, limit));
                }

                var read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return new Result(buffer.AsMemory(0, total), Exceeded: false, declared);
                }

                total += read;
            }
        }
    }
}
