using System.Text.Json;
using System.Text.Json.Serialization;

namespace Skytells;

/// <summary>Reads every status spelling the sources use; unknown words become <see cref="PredictionStatus.Unknown"/> instead of failing.</summary>
internal sealed class PredictionStatusConverter : JsonConverter<PredictionStatus>
{
    public override PredictionStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            // `status:false` marks an error envelope, never a prediction state.
            reader.Skip();
            return PredictionStatus.Unknown;
        }

        return Parse(reader.GetString());
    }

    public override void Write(Utf8JsonWriter writer, PredictionStatus value, JsonSerializerOptions options) =>
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
