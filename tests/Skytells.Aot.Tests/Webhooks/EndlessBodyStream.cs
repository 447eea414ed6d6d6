namespace Skytells.Tests.Webhooks;

/// <summary>
/// A request body of <paramref name="length"/> bytes that exists only as it is read: a JSON prefix, then padding. It
/// counts what the reader took, so a test can prove a size limit stopped reading instead of consuming it all.
/// </summary>
internal sealed class EndlessBodyStream(long length) : Stream
{
    private static readonly byte[] Prefix = """{"id":"p1","status":"succeeded","padding":" """u8.ToArray();
    private long _position;

    /// <summary>Bytes handed to the reader so far.</summary>
    public long BytesRead => _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = (int)Math.Min(buffer.Length, length - _position);
        for (var i = 0; i < n; i++)
        {
            var at = _position + i;
            buffer[i] = at < Prefix.Length ? Prefix[at] : (byte)'x';
        }

        _position += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
