using System.Buffers;
using System.Text.Json;

namespace Skytells;

/// <summary>
/// A JSON writer and its buffer, kept per thread between request bodies: a body then costs one exact-size array,
/// not a growing buffer and a writer per request. Written bytes are cleared before the buffer is kept.
/// </summary>
internal sealed class JsonBodyWriter : IDisposable
{
    private const int MaxKeptCapacity = 64 * 1024;

    [ThreadStatic]
    private static JsonBodyWriter? t_kept;

    private readonly ArrayBufferWriter<byte> _buffer = new(512);

    private JsonBodyWriter() => Writer = new Utf8JsonWriter(_buffer);

    /// <summary>The writer; write one JSON value, then call <see cref="ToArray"/>.</summary>
    public Utf8JsonWriter Writer { get; }

    /// <summary>Takes this thread's writer, or a new one.</summary>
    public static JsonBodyWriter Rent()
    {
        var body = t_kept ?? new JsonBodyWriter();
        t_kept = null;
        body.Writer.Reset(body._buffer);
        return body;
    }

    /// <summary>The bytes written so far, as a new array.</summary>
    public byte[] ToArray()
    {
        Writer.Flush();
        return _buffer.WrittenSpan.ToArray();
    }

    /// <summary>Clears what was written and keeps the writer for this thread's next body, unless it grew large.</summary>
    public void Dispose()
    {
        Writer.Flush();
        if (_buffer.Capacity > MaxKeptCapacity)
        {
            Writer.Dispose();
            return;
        }

        _buffer.Clear();
        t_kept = this;
    }
}
