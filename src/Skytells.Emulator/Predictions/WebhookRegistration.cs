using System.Text.Json;
using Skytells.Emulator.Errors;

namespace Skytells.Emulator.Predictions;

/// <summary>
/// The webhook a create request registered, in any of the accepted spellings (spec section 7): a URL string
/// (optionally with <c>webhook_events_filter</c>) or <c>{url, events}</c>. Stored now, delivered by later work.
/// </summary>
internal sealed record WebhookRegistration(string? Url, IReadOnlyList<string> Events)
{
    // A bare URL subscribes to the terminal events, named as the TS SDK names them.
    private static readonly string[] DefaultEvents = ["completed", "failed", "canceled"];

    public static WebhookRegistration? Parse(JsonElement request)
    {
        if (!request.TryGetProperty("webhook", out var webhook) || webhook.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        switch (webhook.ValueKind)
        {
            case JsonValueKind.String:
                var filter = request.TryGetProperty("webhook_events_filter", out var f) ? ReadEvents(f, "webhook_events_filter") : null;
                return new WebhookRegistration(webhook.GetString(), filter ?? DefaultEvents);
            case JsonValueKind.Object:
                string? url = null;
                if (webhook.TryGetProperty("url", out var u) && u.ValueKind != JsonValueKind.Null)
                {
                    url = u.ValueKind == JsonValueKind.String ? u.GetString() : throw Invalid("webhook.url must be a string.");
                }

                var events = webhook.TryGetProperty("events", out var e) ? ReadEvents(e, "webhook.events") : null;
                return new WebhookRegistration(url, events ?? DefaultEvents);
            default:
                throw Invalid("webhook must be a URL string or an object with url and events.");
        }
    }

    private static string[]? ReadEvents(JsonElement events, string name)
    {
        if (events.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (events.ValueKind != JsonValueKind.Array)
        {
            throw Invalid($"{name} must be an array of event names.");
        }

        var result = new List<string>();
        foreach (var item in events.EnumerateArray())
        {
            result.Add(item.ValueKind == JsonValueKind.String ? item.GetString()! : throw Invalid($"{name} must contain strings only."));
        }

        return [.. result];
    }

    private static ApiErrorException Invalid(string message) => new(ApiError.Validation(message));
}
