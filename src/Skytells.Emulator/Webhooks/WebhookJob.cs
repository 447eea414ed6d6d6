using Skytells.Emulator.Predictions;

namespace Skytells.Emulator.Webhooks;

/// <summary>One event to deliver once the emulator's clock reaches <paramref name="DueAt"/>, the instant of the status change.</summary>
internal sealed record WebhookJob(PredictionRecord Prediction, WebhookSubscription Subscription, WebhookEventKind Kind, DateTimeOffset DueAt);
