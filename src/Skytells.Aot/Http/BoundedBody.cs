using System.Buffers;

namespace Skytells;

/// <summary>
/// Reads a response body without ever holding more than a limit: a declared <c>Content-Length</c> past the limit is
/// refused before reading, and an undeclared one stops as soon as the limit is passed. The bytes live in a pooled
/// array that the owner of the <see cref="Result"/> returns, cleared, once the body is parsed.
/// </summary>
internal static class BoundedBody
{
    private const int InitialBuffer = 4 * 1024;

    /// <summary>The bytes read, and whether the body went on past the limit (then the bytes are its start only).</summary>
    public readonly struct Result(byte[]? rented, int length, bool exceeded) : IDisposable
    {
        public ReadOnlyMemory<byte> Bytes => rented is null ? ReadOnlyMemory<byte>.Empty : rented.AsMemory(0, length);

        public bool Exceeded => exceeded;

        /// <summary>Returns the array to the pool, cleared: it held an answer (prompts, output URLs).</summary>
        public void Dispose()
        {
            if (rented is not null)
            {
                ReturnCleared(rented, length);
            }
        }
    }

    /// <param name="content">The body to read.</param>
    /// <param name="limit">The most bytes to keep.</param>
    /// <param name="keepPrefix">
    /// When the body is too large: true reads and returns its first <paramref name="limit"/> bytes (an error page
    /// whose start is worth showing), false returns nothing and reads nothing more.
    /// </param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async ValueTask<Result> ReadAsync(HttpContent content, int limit, bool keepPrefix, CancellationToken cancellationToken)
    {
        var declared = content.Headers.ContentLength;
        if (declared > limit && !keepPrefix)
        {
            return new Result(null, 0, exceeded: true);
        }

        if (declared == 0)
        {
            return new Result(null, 0, exceeded: false);
        }

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var capacity = declared is { } length ? (int)Math.Min(length, limit) : Math.Min(InitialBuffer, limit);
            var buffer = ArrayPool<byte>.Shared.Rent(capacity);
            var total = 0;
            try
            {
                while (true)
                {
                    if (total == capacity)
                    {
                        if (total == declared)
                        {
                            return new Result(buffer, total, exceeded: false);
                        }

                        if (total >= limit)
                        {
                            // One more byte tells a body of exactly the limit from a longer one.
                            var more = await stream.ReadAsync(new byte[1], cancellationToken).ConfigureAwait(false);
                            return new Result(buffer, total, exceeded: more > 0);
                        }

                        capacity = (int)Math.Min((long)capacity * 2, limit);
                        buffer = Grow(buffer, total, capacity);
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(total, capacity - total), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        return new Result(buffer, total, exceeded: false);
                    }

                    total += read;
                }
            }
            catch
            {
                // A read that failed may have written past what it reported: clear all of it.
                ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
                throw;
            }
        }
    }

    private static byte[] Grow(byte[] buffer, int used, int capacity)
    {
        var larger = ArrayPool<byte>.Shared.Rent(capacity);
        buffer.AsSpan(0, used).CopyTo(larger);
        ReturnCleared(buffer, used);
        return larger;
    }

    // Only the bytes written can hold an answer; a pooled array is often twice the body, so clearing all of it would cost double.
    private static void ReturnCleared(byte[] buffer, int used)
    {
        buffer.AsSpan(0, used).Clear();
        ArrayPool<byte>.Shared.Return(buffer);
    }
}
