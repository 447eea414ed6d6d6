namespace Skytells;

/// <summary>
/// Wraps a server-sent-event body and fails a read once one event (the bytes between two blank lines) grows past a
/// limit, so a server that never ends an event cannot make the parser buffer without bound.
/// </summary>
internal sealed class SseEventLimitStream(Stream inner, int maxEventBytes) : Stream
{
    private long _eventBytes;
    private int _lineBytes;
    private bool _afterCarriageReturn;

    public int MaxEventBytes => maxEventBytes;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count), buffer.AsSpan(offset));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer), buffer);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false), buffer.Span);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    private int Count(int read, ReadOnlySpan<byte> buffer)
    {
        var span = buffer[..read];
        while (!span.IsEmpty)
        {
            var end = span.IndexOfAny((byte)'\r', (byte)'\n');
            if (end < 0)
            {
                _lineBytes += span.Length;
                _eventBytes += span.Length;
                _afterCarriageReturn = false;
                break;
            }

            _eventBytes += end;
            _lineBytes += end;
            var newline = span[end];
            if (newline == (byte)'\n' && end == 0 && _afterCarriageReturn)
            {
                // The LF of a CRLF pair: the line already ended at the CR.
                _afterCarriageReturn = false;
            }
            else
            {
                // A line ended; an empty one ends the event.
                _eventBytes = _lineBytes == 0 ? 0 : _eventBytes + 1;
                _lineBytes = 0;
                _afterCarriageReturn = newline == (byte)'\r';
            }

            span = span[(end + 1)..];
        }

        if (_eventBytes > maxEventBytes)
        {
            throw new SseEventTooLargeException(maxEventBytes);
        }

        return read;
    }
}
