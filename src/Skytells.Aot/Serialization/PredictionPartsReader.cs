using System.Text.Json;

namespace Skytells;

/// <summary>
/// Reads a prediction's <c>metrics</c> and <c>metadata</c> by hand: they come with nearly every answer, and the
/// serializer's nested-object bookkeeping cost more than their few numbers.
/// </summary>
internal static class PredictionPartsReader
{
    public static PredictionMetrics? ReadMetrics(ref Utf8JsonReader reader)
    {
        if (!JsonValueReader.StartsObject(ref reader, "metrics"))
        {
            return null;
        }

        var metrics = new PredictionMetrics();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("image_count"u8))
            {
                reader.Read();
                metrics.ImageCount = JsonValueReader.Int32(ref reader, "metrics.image_count");
            }
            else if (reader.ValueTextEquals("predict_time"u8))
            {
                reader.Read();
                metrics.PredictTime = JsonValueReader.Double(ref reader, "metrics.predict_time");
            }
            else if (reader.ValueTextEquals("total_time"u8))
            {
                reader.Read();
                metrics.TotalTime = JsonValueReader.Double(ref reader, "metrics.total_time");
            }
            else if (reader.ValueTextEquals("asset_count"u8))
            {
                reader.Read();
                metrics.AssetCount = JsonValueReader.Int32(ref reader, "metrics.asset_count");
            }
            else if (reader.ValueTextEquals("progress"u8))
            {
                reader.Read();
                metrics.Progress = JsonValueReader.Double(ref reader, "metrics.progress");
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
        if (!JsonValueReader.StartsObject(ref reader, "metadata"))
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
                metadata.DataAvailable = JsonValueReader.Boolean(ref reader, "metadata.data_available");
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

    private static PredictionBilling? ReadBilling(ref Utf8JsonReader reader)
    {
        if (!JsonValueReader.StartsObject(ref reader, "metadata.billing"))
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
                billing.CreditsUsed = JsonValueReader.Double(ref reader, "metadata.billing.credits_used");
            }
            else
            {
                reader.Skip();
            }
        }

        return billing;
    }
}
