namespace Skytells;

/// <summary>
/// Remembers which deliveries were handled, so redeliveries of the same prediction id and status are dropped.
/// Implement it over a shared store (Redis, a database) when several instances receive webhooks.
/// </summary>
public interface IWebhookIdempotencyStore
{
    /// <summary>Records <paramref name="key"/>; returns false when it was already recorded (a redelivery).</summary>
    ValueTask<bool> TryMarkAsync(string key, CancellationToken cancellationToken = default);
}
