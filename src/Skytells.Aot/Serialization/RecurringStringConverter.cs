using System.Text.Json;
using System.Text.Json.Serialization;

namespace Skytells;

/// <summary>
/// Reads strings that repeat from one stream chunk to the next (the completion id, <c>object</c>, the model) as the
/// same instance instead of a new copy per chunk: the last few values read on this thread are compared to the raw
/// bytes first. A stream parses its chunks on one thread at a time, so the recent values are nearly always the ones
/// that recur.
/// </summary>
internal sealed class RecurringStringConverter : JsonConverter<string>
{
    private const int Remembered = 8;

    [ThreadStatic]
    private static string?[]? t_recent;

    [ThreadStatic]
    private static int t_next;

    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    /// <summary>Reads the string at the reader's current token, reusing a recent instance with the same text.</summary>
    internal static string? ReadValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            // Let the usual rules (and their errors) apply to anything that is not plain text.
            return reader.TokenType == JsonTokenType.Null ? null : throw new JsonException($"Expected a string, got {reader.TokenType}.");
        }

        var recent = t_recent ??= new string?[Remembered];
        foreach (var candidate in recent)
        {
            if (candidate is not null && reader.ValueTextEquals(candidate))
            {
                return candidate;
            }
        }

        var value = reader.GetString()!;
        recent[t_next] = value;
        t_next = (t_next + 1) % Remembered;
        return value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
