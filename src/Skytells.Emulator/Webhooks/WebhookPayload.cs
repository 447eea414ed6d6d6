using Skytells.Emulator.Http;
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
        var origin = snapshot.Prediction.Spec.AssetOrigin;
        if (!envelope)
        {
            return PredictionJson.Serialize(snapshot, origin);
        }

        return JsonBody.Write((snapshot, kind, occurredAt, origin), static (writer, state) =>
        {
            writer.WriteStartObject();
            writer.WriteString("type", state.kind.ToEventType());
            writer.WriteString("created_at", PredictionJson.Timestamp(state.occurredAt));
            writer.WritePropertyName("data");
            PredictionJson.Write(writer, state.snapshot, state.origin);
            writer.WriteEndObject();
        });
    }
}
