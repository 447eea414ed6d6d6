using System.Text.Json;
using System.Text.Json.Serialization;

namespace Skytells;

/// <summary>Reads every status spelling the sources use; unknown words become <see cref="PredictionStatus.Unknown"/> instead of failing.</summary>
internal sealed class PredictionStatusConverter : JsonConverter<PredictionStatus>
{
    public override PredictionStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    /// <summary>Reads the status at the reader's current token.</summary>
    internal static PredictionStatus ReadValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            // `status:false` marks an error envelope, never a prediction state.
            reader.Skip();
            return PredictionStatus.Unknown;
        }

        // The canonical lowercase spellings are compared on the raw bytes, without a string; the rest take the slow path.
        return reader.ValueTextEquals("succeeded"u8) ? PredictionStatus.Succeeded
            : reader.ValueTextEquals("processing"u8) ? PredictionStatus.Processing
            : reader.ValueTextEquals("pending"u8) ? PredictionStatus.Pending
            : reader.ValueTextEquals("starting"u8) ? PredictionStatus.Starting
            : reader.ValueTextEquals("failed"u8) ? PredictionStatus.Failed
            : reader.ValueTextEquals("cancelled"u8) ? PredictionStatus.Cancelled
            : Parse(reader.GetString());
    }

    public override void Write(Utf8JsonWriter writer, PredictionStatus value, JsonSerializerOptions options) => WriteValue(writer, value);

    /// <summary>Writes the status's wire spelling.</summary>
    internal static void WriteValue(Utf8JsonWriter writer, PredictionStatus value) =>
        writer.WriteStringValue(value == PredictionStatus.Unknown ? "unknown" : value.ToWireValue());

    internal static PredictionStatus Parse(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        "PENDING" or "QUEUED" => PredictionStatus.Pending,
        "STARTING" or "STARTED" => PredictionStatus.Starting,
        "PROCESSING" or "RUNNING" => PredictionStatus.Processing,
        "SUCCEEDED" or "SUCCESS" or "COMPLETED" => PredictionStatus.Succeeded,
        "FAILED" or "ERROR" => PredictionStatus.Failed,
        "CANCELLED" or "CANCELED" => PredictionStatus.Cancelled,
        _ => PredictionStatus.Unknown,
    };
}
