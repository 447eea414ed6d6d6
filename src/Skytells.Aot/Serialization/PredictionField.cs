using System.Text.Json;

namespace Skytells;

/// <summary>The documented members of a prediction, recognised from a property name's raw bytes.</summary>
internal enum PredictionField
{
    Unknown,
    Id,
    Status,
    Type,
    Stream,
    Model,
    Input,
    Output,
    Response,
    Error,
    CreatedAt,
    StartedAt,
    CompletedAt,
    UpdatedAt,
    Privacy,
    Source,
    Webhook,
    Metrics,
    Metadata,
    Urls,
}

/// <summary>Recognises <see cref="PredictionField"/>s.</summary>
internal static class PredictionFieldNames
{
    /// <summary>The member named at the reader's current property name.</summary>
    public static PredictionField Of(ref Utf8JsonReader reader) =>
        reader.ValueIsEscaped ? OfEscaped(ref reader) : Of(reader.ValueSpan);

    private static PredictionField OfEscaped(ref Utf8JsonReader reader)
    {
        Span<byte> name = stackalloc byte[16];
        return reader.ValueSpan.Length <= name.Length ? Of(name[..reader.CopyString(name)]) : PredictionField.Unknown;
    }

    // Dispatch on length first: one or two comparisons per member instead of a chain of nineteen.
    private static PredictionField Of(ReadOnlySpan<byte> name) => name.Length switch
    {
        2 when name.SequenceEqual("id"u8) => PredictionField.Id,
        4 when name.SequenceEqual("type"u8) => PredictionField.Type,
        4 when name.SequenceEqual("urls"u8) => PredictionField.Urls,
        5 when name.SequenceEqual("input"u8) => PredictionField.Input,
        5 when name.SequenceEqual("model"u8) => PredictionField.Model,
        5 when name.SequenceEqual("error"u8) => PredictionField.Error,
        6 when name.SequenceEqual("status"u8) => PredictionField.Status,
        6 when name.SequenceEqual("stream"u8) => PredictionField.Stream,
        6 when name.SequenceEqual("output"u8) => PredictionField.Output,
        6 when name.SequenceEqual("source"u8) => PredictionField.Source,
        7 when name.SequenceEqual("privacy"u8) => PredictionField.Privacy,
        7 when name.SequenceEqual("webhook"u8) => PredictionField.Webhook,
        7 when name.SequenceEqual("metrics"u8) => PredictionField.Metrics,
        8 when name.SequenceEqual("response"u8) => PredictionField.Response,
        8 when name.SequenceEqual("metadata"u8) => PredictionField.Metadata,
        10 when name.SequenceEqual("created_at"u8) => PredictionField.CreatedAt,
        10 when name.SequenceEqual("started_at"u8) => PredictionField.StartedAt,
        10 when name.SequenceEqual("updated_at"u8) => PredictionField.UpdatedAt,
        12 when name.SequenceEqual("completed_at"u8) => PredictionField.CompletedAt,
        _ => PredictionField.Unknown,
    };
}
