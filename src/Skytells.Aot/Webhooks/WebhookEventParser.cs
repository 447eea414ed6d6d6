using System.Text.Json;

namespace Skytells;

/// <summary>Parses a delivery body: a raw prediction, or the <c>{type, created_at, data}</c> envelope.</summary>
public static class WebhookEventParser
{
    /// <summary>Parses <paramref name="body"/>.</summary>
    /// <exception cref="SkytellsWebhookException">The body is not JSON or holds no prediction.</exception>
    public static WebhookEvent Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            // JsonDocument.Parse rejects trailing data after the object, unlike a reader-based ParseValue.
            using var document = JsonDocument.Parse(body.ToArray());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Invalid("the body is not a JSON object", null);
            }

            // A non-string type is no envelope: GetString would throw InvalidOperationException instead of INVALID_JSON.
            if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String)
            {
                var prediction = data.Deserialize(SkytellsJsonContext.Default.Prediction) ?? throw Invalid("the envelope has no prediction", null);
                RequireId(prediction);
                DateTimeOffset? created = root.TryGetProperty("created_at", out var at) && at.ValueKind == JsonValueKind.String && at.TryGetDateTimeOffset(out var parsed) ? parsed : null;
                return new WebhookEvent { Type = Normalise(type.GetString(), prediction), CreatedAt = created, Prediction = prediction, IsEnvelope = true };
            }

            var raw = root.Deserialize(SkytellsJsonContext.Default.Prediction) ?? throw Invalid("the body holds no prediction", null);
            RequireId(raw);
            return new WebhookEvent { Type = Normalise(null, raw), CreatedAt = raw.UpdatedAt, Prediction = raw };
        }
        catch (JsonException exception)
        {
            throw Invalid(exception.Message, exception);
        }
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
}
