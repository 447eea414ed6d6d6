using System.Buffers;
using System.Text.Json;

namespace Skytells.Emulator.Http;

/// <summary>
/// Builds response bodies with <see cref="Utf8JsonWriter"/>: the emulator never uses reflection-based
/// serialization, so it stays trim and Native-AOT safe.
/// </summary>
internal static class JsonBody
{
    public static byte[] Write<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer, state);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static void WriteNullableString(this Utf8JsonWriter writer, string propertyName, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(propertyName);
        }
        else
        {
            writer.WriteString(propertyName, value);
        }
    }
}
