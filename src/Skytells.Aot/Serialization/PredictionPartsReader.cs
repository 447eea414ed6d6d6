using System.Buffers.Text;
using System.Text.Json;

namespace Skytells;

/// <summary>
/// Reads a prediction's <c>metrics</c> and <c>metadata</c> by hand: they come with nearly every answer, and the
/// serializer's nested-object bookkeeping cost more than their few numbers. Numbers may come as strings, as the
/// library's serializer options allow everywhere.
/// </summary>
internal static class PredictionPartsReader
{
    public static PredictionMetrics? ReadMetrics(ref Utf8JsonReader reader)
    {
        if (!StartObject(ref reader, "metrics"))
        {
            return null;
        }

        var metrics = new PredictionMetrics();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("image_count"u8))
            {
                reader.Read();
                metrics.ImageCount = Int32(ref reader, "metrics.image_count");
            }
            else if (reader.ValueTextEquals("predict_time"u8))
            {
                reader.Read();
                metrics.PredictTime = Double(ref reader, "metrics.predict_time");
            }
            else if (reader.ValueTextEquals("total_time"u8))
            {
                reader.Read();
                metrics.TotalTime = Double(ref reader, "metrics.total_time");
            }
            else if (reader.ValueTextEquals("asset_count"u8))
            {
                reader.Read();
                metrics.AssetCount = Int32(ref reader, "metrics.asset_count");
            }
            else if (reader.ValueTextEquals("progress"u8))
            {
                reader.Read();
                metrics.Progress = Double(ref reader, "metrics.progress");
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return metrics;
    }

    public static PredictionMetadata? ReadMetadata(ref Utf8JsonReader reader)
    {
        if (!StartObject(ref reader, "metadata"))
        {
            return null;
        }

        var metadata = new PredictionMetadata();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("billing"u8))
            {
                reader.Read();
                metadata.Billing = ReadBilling(ref reader);
            }
            else if (reader.ValueTextEquals("data_available"u8))
            {
                reader.Read();
                metadata.DataAvailable = reader.TokenType switch
                {
                    JsonTokenType.True => true,
                    JsonTokenType.False => false,
                    JsonTokenType.Null => null,
                    _ => throw WrongType("metadata.data_available", "a boolean", reader.TokenType),
                };
            }
            else if (reader.ValueTextEquals("storage"u8))
            {
                reader.Read();
                metadata.Storage = JsonSerializer.Deserialize(ref reader, SkytellsJsonContext.Default.PredictionStorage);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return metadata;
    }

    internal static JsonException WrongType(string name, string expected, JsonTokenType actual) =>
        new($"The prediction's '{name}' must be {expected}, not {actual}.");

    private static PredictionBilling? ReadBilling(ref Utf8JsonReader reader)
    {
        if (!StartObject(ref reader, "metadata.billing"))
        {
            return null;
        }

        var billing = new PredictionBilling();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isCredits = reader.ValueTextEquals("credits_used"u8);
            reader.Read();
            if (isCredits)
            {
                billing.CreditsUsed = Double(ref reader, "metadata.billing.credits_used");
            }
            else
            {
                reader.Skip();
            }
        }

        return billing;
    }

    private static bool StartObject(ref Utf8JsonReader reader, string name) => reader.TokenType switch
    {
        JsonTokenType.StartObject => true,
        JsonTokenType.Null => false,
        _ => throw WrongType(name, "an object", reader.TokenType),
    };

    private static int? Int32(ref Utf8JsonReader reader, string name)
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

    private static double? Double(ref Utf8JsonReader reader, string name)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetDouble(out var number):
                return number;
            case JsonTokenType.String when !reader.ValueIsEscaped && Utf8Parser.TryParse(reader.ValueSpan, out double text, out var used) && used == reader.ValueSpan.Length:
                return text;
            default:
                throw WrongType(name, "a number", reader.TokenType);
        }
    }
}
