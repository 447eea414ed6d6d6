using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Skytells;

/// <summary>
/// Reads the timestamp spellings the API mixes (<c>...000000Z</c>, <c>+00:00</c>, unix seconds); an unreadable value
/// becomes null rather than failing the whole prediction.
/// </summary>
internal sealed class LenientDateTimeOffsetConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    /// <summary>Reads the timestamp at the reader's current token.</summary>
    internal static DateTimeOffset? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                if (reader.TryGetDateTimeOffset(out var exact))
                {
                    return exact;
                }

                return DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                    ? parsed
                    : null;
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var seconds) ? UnixTime.FromSeconds(seconds) : null;
            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } timestamp)
        {
            writer.WriteStringValue(timestamp);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
