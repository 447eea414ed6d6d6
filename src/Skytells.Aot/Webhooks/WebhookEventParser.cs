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
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Invalid("the body is not a JSON object", null);
            }

            if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var type))
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

        return status == PredictionStatus.Unknown ? $"prediction.{type ?? "unknown"}" : $"prediction.{status.ToWireValue()}";
    }

    private static string EventToStatus(string type)
    {
        var name = type.StartsWith("prediction.", StringComparison.OrdinalIgnoreCase) ? type["prediction.".Length..] : type;
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
