namespace Skytells;

/// <summary>The webhook registered on a prediction, as the server reports it.</summary>
public sealed class PredictionWebhookInfo
{
    /// <summary>The callback URL.</summary>
    public string? Url { get; set; }

    /// <summary>The subscribed events.</summary>
    public IReadOnlyList<string> Events { get => field ?? []; set; }
}
