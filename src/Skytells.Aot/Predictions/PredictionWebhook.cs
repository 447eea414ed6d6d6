namespace Skytells;

/// <summary>
/// A webhook to register when creating a prediction. Without events it is sent as a plain URL string (the server
/// then notifies terminal states); with events it is sent as <c>{url, events}</c>.
/// </summary>
public sealed class PredictionWebhook
{
    /// <summary>Creates a webhook for <paramref name="url"/>, optionally limited to <paramref name="events"/>.</summary>
    public PredictionWebhook(string url, IEnumerable<string>? events = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        Url = url;
        Events = events?.ToArray() ?? [];
    }

    /// <summary>The callback URL (absolute, or relative to your app as the seed shows).</summary>
    public string Url { get; }

    /// <summary>The events to deliver (for example <c>completed</c>, <c>failed</c>); empty means the server default.</summary>
    public IReadOnlyList<string> Events { get; }

    /// <summary>Creates a webhook from a URL.</summary>
    public static implicit operator PredictionWebhook(string url) => new(url);

    /// <summary>Creates a webhook from a URL (the named alternative to the implicit conversion).</summary>
    public static PredictionWebhook FromUrl(string url) => new(url);
}
