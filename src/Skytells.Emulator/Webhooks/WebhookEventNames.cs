using Skytells.Emulator.Predictions;

namespace Skytells.Emulator.Webhooks;

/// <summary>Reads event names in every vocabulary of spec section 7 and names the events the emulator sends.</summary>
internal static class WebhookEventNames
{
    private const string Prefix = "prediction.";

    /// <summary>
    /// Maps a subscribed name to its event: TS/docs (<c>completed</c>, <c>failed</c>, <c>canceled</c>, <c>started</c> or
    /// <c>starting</c>), learn DOCS (<c>prediction.started|succeeded|failed|cancelled</c>) and training (<c>start</c>,
    /// <c>completed</c>). Training's <c>output</c> and <c>logs</c> have no counterpart in an inference lifecycle, so
    /// they, like unknown names, subscribe to nothing rather than failing the create request.
    /// </summary>
    public static bool TryParse(string name, out WebhookEventKind kind)
    {
        var text = name.AsSpan().Trim();
        if (text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            text = text[Prefix.Length..];
        }

        switch (text.ToString().ToUpperInvariant())
        {
            case "START" or "STARTED" or "STARTING":
                kind = WebhookEventKind.Started;
                return true;
            case "COMPLETED" or "SUCCEEDED":
                kind = WebhookEventKind.Succeeded;
                return true;
            case "FAILED":
                kind = WebhookEventKind.Failed;
                return true;
            case "CANCELED" or "CANCELLED":
                kind = WebhookEventKind.Cancelled;
                return true;
            default:
                kind = default;
                return false;
        }
    }

    /// <summary>The event type the emulator reports, in the learn DOCS spelling (<c>prediction.started</c>, ...).</summary>
    public static string ToEventType(this WebhookEventKind kind) => kind switch
    {
        WebhookEventKind.Started => "prediction.started",
        WebhookEventKind.Succeeded => "prediction.succeeded",
        WebhookEventKind.Failed => "prediction.failed",
        WebhookEventKind.Cancelled => "prediction.cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The status a read shows right after the event: <c>started</c> is the move to <c>processing</c>.</summary>
    public static PredictionStatus StatusAfter(this WebhookEventKind kind) => kind switch
    {
        WebhookEventKind.Started => PredictionStatus.Processing,
        WebhookEventKind.Succeeded => PredictionStatus.Succeeded,
        WebhookEventKind.Failed => PredictionStatus.Failed,
        WebhookEventKind.Cancelled => PredictionStatus.Cancelled,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
