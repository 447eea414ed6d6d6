namespace Skytells;

/// <summary>A parsed webhook delivery: the prediction and the event it reports.</summary>
public sealed class WebhookEvent
{
    /// <summary>The event type, normalised to <c>prediction.&lt;status&gt;</c> (for example <c>prediction.succeeded</c>).</summary>
    public required string Type { get; init; }

    /// <summary>When the event was created, when the delivery says.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The prediction as delivered.</summary>
    public required Prediction Prediction { get; init; }

    /// <summary>True for the <c>{type, created_at, data}</c> envelope; false for a raw prediction body.</summary>
    public bool IsEnvelope { get; init; }

    /// <summary>The key that identifies a redelivery of the same event: prediction id and status.</summary>
    public string IdempotencyKey => $"{Prediction.Id}:{Prediction.Status.ToString().ToLowerInvariant()}";
}
