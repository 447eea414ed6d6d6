using System.Text.Json;

namespace Skytells;

/// <summary>
/// One JSON value of an answer, kept as the bytes received (a slice of an array the answer owns) until someone reads
/// it: most callers never look at a prediction's input echo or its other URLs, and bytes cost less than parsed values.
/// </summary>
internal readonly struct RawJson(byte[] buffer, int start, int length)
{
    /// <summary>True when there is no value (absent in the answer, or the object was built in code).</summary>
    public bool IsEmpty => buffer is null;

    /// <summary>The value's UTF-8 bytes.</summary>
    public ReadOnlySpan<byte> Span => buffer is null ? default : buffer.AsSpan(start, length);

    /// <summary>A copy of <paramref name="value"/> in an array of its own.</summary>
    public static RawJson Copy(ReadOnlySpan<byte> value) => new(value.ToArray(), 0, value.Length);

    /// <summary>Reads the value as a standalone <see cref="JsonElement"/>.</summary>
    public JsonElement? ToElement() => IsEmpty ? null : JsonElement.Parse(Span);

    /// <summary>The string member <paramref name="name"/> of an object value; null when absent or not a string.</summary>
    public string? FindString(ReadOnlySpan<byte> name)
    {
        if (IsEmpty)
        {
            return null;
        }

        var reader = new Utf8JsonReader(Span);
        reader.Read();
        string? found = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = reader.ValueTextEquals(name);
            reader.Read();
            if (match)
            {
                // The last duplicate wins, as when the object is deserialized.
                found = reader.TokenType == JsonTokenType.String && TryGetString(ref reader, out var text) ? text : null;
            }

            reader.Skip();
        }

        return found;
    }

    private static bool TryGetString(ref Utf8JsonReader reader, out string? text)
    {
        try
        {
            text = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            // An escape that decodes to no valid text (a lone surrogate): not a URL either.
            text = null;
            return false;
        }
    }

    /// <summary>Reads an object value's members as a dictionary of elements; null when there is no value.</summary>
    public Dictionary<string, JsonElement>? ToDictionary()
    {
        if (IsEmpty)
        {
            return null;
        }

        var reader = new Utf8JsonReader(Span);
        reader.Read();
        var members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            members[name] = JsonElement.ParseValue(ref reader);
        }

        return members;
    }
}
