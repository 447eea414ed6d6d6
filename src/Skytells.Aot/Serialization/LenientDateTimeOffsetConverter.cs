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
    // The range DateTimeOffset can hold; a server's number outside it is unreadable, not a crash.
    private const long MinUnixSeconds = -62_135_596_800;
    private const long MaxUnixSeconds = 253_402_300_799;

    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
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
                return reader.TryGetInt64(out var seconds) && seconds is >= MinUnixSeconds and <= MaxUnixSeconds
                    ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                    : null;
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
