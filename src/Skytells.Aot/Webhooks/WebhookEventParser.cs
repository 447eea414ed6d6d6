using System.Text.Json;

namespace Skytells;

/// <summary>Parses a delivery body: a raw prediction, or the <c>{type, created_at, data}</c> envelope.</summary>
public static class WebhookEventParser
{
    /// <summary>Parses <paramref name="body"/>.</summary>
    /// <exception cref="SkytellsWebhookException">
    /// The body is not JSON, has data after the JSON object, or holds no prediction. Malformed input raises this
    /// exception and no other.
    /// </exception>
    public static WebhookEvent Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            // One pass over the top level finds the envelope fields; the prediction is then bound straight from its
            // bytes (the whole body, or the envelope's data object) without building a DOM first.
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw Invalid("the body is not a JSON object", null);
            }

            var shape = ReadTopLevel(ref reader);

            // The reader accepts a single top-level value, so any further token (a second object, stray text) throws.
            if (reader.Read())
            {
                throw Invalid("there is data after the JSON object", null);
            }

            if (shape.DataLength > 0 && shape.Type is not null)
            {
                var prediction = Bind(body.Slice(shape.DataStart, shape.DataLength));
                return new WebhookEvent { Type = Normalise(shape.Type, prediction), CreatedAt = shape.CreatedAt, Prediction = prediction, IsEnvelope = true };
            }

            var raw = Bind(body);
            return new WebhookEvent { Type = Normalise(null, raw), CreatedAt = raw.UpdatedAt, Prediction = raw };
        }
        catch (JsonException exception)
        {
            throw Invalid(exception.Message, exception);
        }
    }

    private static EnvelopeFields ReadTopLevel(ref Utf8JsonReader reader)
    {
        try
        {
            return ReadEnvelopeFields(ref reader);
        }
        catch (InvalidOperationException exception)
        {
            // Found by fuzzing: the reader reports text it cannot decode (invalid UTF-8, an escaped lone surrogate such
            // as "\uD800") as InvalidOperationException, not JsonException, when a name is compared or a string read.
            // Every call in the scan checks the token type first, so nothing else raises it here.
            throw Invalid("a top-level name or value is not valid text", exception);
        }
    }

    private static EnvelopeFields ReadEnvelopeFields(ref Utf8JsonReader reader)
    {
        var fields = default(EnvelopeFields);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isData = reader.ValueTextEquals("data"u8);
            var isType = reader.ValueTextEquals("type"u8);
            var isCreated = reader.ValueTextEquals("created_at"u8);
            reader.Read();
            if (isData && reader.TokenType == JsonTokenType.StartObject)
            {
                fields.DataStart = (int)reader.TokenStartIndex;
                reader.Skip();
                fields.DataLength = (int)reader.BytesConsumed - fields.DataStart;
            }
            else if (isType && reader.TokenType == JsonTokenType.String)
            {
                // A non-string type is no envelope; the body is then read as a raw prediction.
                fields.Type = reader.GetString();
            }
            else if (isCreated && reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var created))
            {
                fields.CreatedAt = created;
            }
            else
            {
                reader.Skip();
            }
        }

        return fields;
    }

    private static Prediction Bind(ReadOnlySpan<byte> json)
    {
        var prediction = PredictionReader.Read(json) ?? throw Invalid("the body holds no prediction", null);
        RequireId(prediction);
        return prediction;
    }

    private static void RequireId(Prediction prediction)
    {
        if (string.IsNullOrEmpty(prediction.Id))
        {
            throw Invalid("the prediction has no id", null);
        }
    }

    // The sources name events three ways (completed / prediction.succeeded / the status itself); one spelling is kept.
    private static string Normalise(string? type, Prediction prediction)
    {
        var status = type is null ? prediction.Status : PredictionStatusConverter.Parse(EventToStatus(type));
        if (status == PredictionStatus.Unknown)
        {
            status = prediction.Status;
        }

        return status == PredictionStatus.Unknown ? $"prediction.{(type is null ? "unknown" : WithoutPrefix(type))}" : $"prediction.{status.ToWireValue()}";
    }

    // Without this, an unknown "prediction.logs" came out as "prediction.prediction.logs".
    private static string WithoutPrefix(string type) =>
        type.StartsWith("prediction.", StringComparison.OrdinalIgnoreCase) ? type["prediction.".Length..] : type;

    private static string EventToStatus(string type)
    {
        var name = WithoutPrefix(type);
        return name.ToUpperInvariant() switch
        {
            "COMPLETED" => "succeeded",
            "START" or "STARTED" => "starting",
            _ => name,
        };
    }

    private static SkytellsWebhookException Invalid(string reason, Exception? inner) =>
        new(SkytellsWebhookException.InvalidJsonErrorId, $"The webhook body is not a Skytells delivery: {reason}.", inner);

    private struct EnvelopeFields
    {
        public int DataStart;
        public int DataLength;
        public string? Type;
        public DateTimeOffset? CreatedAt;
    }
}
