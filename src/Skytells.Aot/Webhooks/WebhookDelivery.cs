namespace Skytells;

/// <summary>The outcome of receiving one delivery.</summary>
/// <param name="Event">The parsed event.</param>
/// <param name="IsDuplicate">True when this prediction id and status were already handled: acknowledge it and do nothing.</param>
public sealed record WebhookDelivery(WebhookEvent Event, bool IsDuplicate);
