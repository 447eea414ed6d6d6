using System.Buffers.Text;
using System.Text.Json;

namespace Skytells;

/// <summary>
/// Typed reads of the value at a reader's current token, for the hand-written answer readers. A value of the wrong
/// JSON type fails as <see cref="JsonException"/> naming the field; numbers may come as strings, as the library's
/// serializer options allow everywhere.
/// </summary>
internal static class JsonValueReader
{
    public static string? String(ref Utf8JsonReader reader, string name) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw WrongType(name, "a string", reader.TokenType),
    };

    /// <summary>A string that repeats from one answer to the next (a model, an object type, a role).</summary>
    public static string? RecurringString(ref Utf8JsonReader reader, string name) => reader.TokenType switch
    {
        JsonTokenType.String => RecurringStringConverter.ReadValue(ref reader),
        JsonTokenType.Null => null,
        _ => throw WrongType(name, "a string", reader.TokenType),
    };

    public static bool? Boolean(ref Utf8JsonReader reader, string name) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => null,
        _ => throw WrongType(name, "a boolean", reader.TokenType),
    };

    public static int? Int32(ref Utf8JsonReader reader, string name)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetInt32(out var number):
                return number;
            case JsonTokenType.String when !reader.ValueIsEscaped && Utf8Parser.TryParse(reader.ValueSpan, out int text, out var used) && used == reader.ValueSpan.Length:
                return text;
            default:
                throw WrongType(name, "a whole number", reader.TokenType);
        }
    }

    public static long? Int64(ref Utf8JsonReader reader, string name)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetInt64(out var number):
                return number;
            case JsonTokenType.String when !reader.ValueIsEscaped && Utf8Parser.TryParse(reader.ValueSpan, out long text, out var used) && used == reader.ValueSpan.Length:
                return text;
            default:
                throw WrongType(name, "a whole number", reader.TokenType);
        }
    }

    public static double? Double(ref Utf8JsonReader reader, string name)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            // A value beyond double's range reads as infinity, which no JSON can carry back: out of range, not a number.
            case JsonTokenType.Number when reader.TryGetDouble(out var number) && double.IsFinite(number):
                return number;
            case JsonTokenType.String when !reader.ValueIsEscaped && Utf8Parser.TryParse(reader.ValueSpan, out double text, out var used) && used == reader.ValueSpan.Length && double.IsFinite(text):
                return text;
            default:
                throw WrongType(name, "a finite number", reader.TokenType);
        }
    }

    /// <summary>True at the start of an object, false at <c>null</c>; anything else is the wrong type.</summary>
    public static bool StartsObject(ref Utf8JsonReader reader, string name) => reader.TokenType switch
    {
        JsonTokenType.StartObject => true,
        JsonTokenType.Null => false,
        _ => throw WrongType(name, "an object", reader.TokenType),
    };

    /// <summary>True at the start of an array, false at <c>null</c>; anything else is the wrong type.</summary>
    public static bool StartsArray(ref Utf8JsonReader reader, string name) => reader.TokenType switch
    {
        JsonTokenType.StartArray => true,
        JsonTokenType.Null => false,
        _ => throw WrongType(name, "an array", reader.TokenType),
    };

    /// <summary>The range of the value at the reader's current token, leaving the reader on its last token.</summary>
    public static Range Extent(ref Utf8JsonReader reader)
    {
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        return new Range(start, (int)reader.BytesConsumed);
    }

    /// <summary>
    /// Runs a hand-written read: the reader's own complaints about a value (an escape that decodes to no valid text, a
    /// number out of range) surface as <see cref="InvalidOperationException"/> and mean malformed JSON.
    /// </summary>
    public static T? Guard<T>(ReadOnlySpan<byte> json, Func<ReadOnlySpan<byte>, T?> read)
    {
        try
        {
            return read(json);
        }
        catch (InvalidOperationException exception)
        {
            throw new JsonException(exception.Message, exception);
        }
    }

    public static JsonException WrongType(string name, string expected, JsonTokenType actual) =>
        new($"The answer's '{name}' must be {expected}, not {actual}.");
}
