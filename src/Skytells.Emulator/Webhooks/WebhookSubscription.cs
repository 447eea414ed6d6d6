using Skytells.Emulator.Predictions;

namespace Skytells.Emulator.Webhooks;

/// <summary>A registered webhook reduced to what delivery needs: where to send and which events.</summary>
internal sealed class WebhookSubscription
{
    private readonly HashSet<WebhookEventKind> _events;

    private WebhookSubscription(string url, HashSet<WebhookEventKind> events)
    {
        Url = url;
        _events = events;

        // On Unix a rooted path parses as an absolute file: URI, hence the scheme check rather than IsAbsoluteUri alone.
        Target = Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;
    }

    /// <summary>The URL as the create request gave it.</summary>
    public string Url { get; }

    /// <summary>Where deliveries go; null for a relative or non-HTTP URL (the seed's <c>/api/webhooks/render</c>), which is recorded as undeliverable.</summary>
    public Uri? Target { get; }

    /// <summary>The subscription of a registration, or null when it has no URL or subscribes to no known event.</summary>
    public static WebhookSubscription? From(WebhookRegistration? registration)
    {
        if (registration?.Url is not { Length: > 0 } url)
        {
            return null;
        }

        var events = new HashSet<WebhookEventKind>();
        foreach (var name in registration.Events)
        {
            if (WebhookEventNames.TryParse(name, out var kind))
            {
                events.Add(kind);
            }
        }

        return events.Count == 0 ? null : new WebhookSubscription(url, events);
    }

    public bool Includes(WebhookEventKind kind) => _events.Contains(kind);
}
