using System.Text.Json;
using Skytells.Emulator.Json;
using Skytells.Emulator.Predictions;

namespace Skytells.Emulator.Webhooks;

/// <summary>The body of a delivery (spec section 7 and section 12, row 11).</summary>
internal static class WebhookPayload
{
    /// <summary>
    /// The Prediction exactly as a GET on the creating gateway returns it (what the TS SDK verifies and routes), or the
    /// learn DOCS envelope <c>{type, created_at, data}</c> around it.
    /// </summary>
    public static byte[] Build(PredictionSnapshot snapshot, WebhookEventKind kind, DateTimeOffset occurredAt, bool envelope)
    {
        // The creating request's origin: the same one a GET on the Standard gateway puts into urls.
        var prediction = PredictionBody.From(snapshot, snapshot.Prediction.Spec.AssetOrigin);
        return envelope
            ? JsonSerializer.SerializeToUtf8Bytes(new WebhookEnvelopeBody(kind.ToEventType(), PredictionBody.Timestamp(occurredAt), prediction), EmulatorJson.Default.WebhookEnvelopeBody)
            : JsonSerializer.SerializeToUtf8Bytes(prediction, EmulatorJson.Default.PredictionBody);
    }
}

/// <summary>The learn DOCS webhook envelope.</summary>
internal sealed record WebhookEnvelopeBody(string Type, string CreatedAt, PredictionBody Data);
