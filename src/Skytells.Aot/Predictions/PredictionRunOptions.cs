namespace Skytells;

/// <summary>How <see cref="PredictionsClient.RunAsync(string, ImageInput, PredictionRunOptions?, CancellationToken)"/> creates and waits.</summary>
public sealed class PredictionRunOptions
{
    /// <summary>A webhook to notify on status changes.</summary>
    public PredictionWebhook? Webhook { get; set; }

    /// <summary>
    /// Ask the server to answer only once the prediction is terminal (default true). Image and text models honour it;
    /// others, or a server that stops waiting at its cap, answer early and the run polls the rest.
    /// </summary>
    public bool ServerWait { get; set; } = true;

    /// <summary>Delay between polls once the server answered before the end. Default 2 s.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest wait after the create answered, then <see cref="SkytellsTimeoutException"/>; default 15 min.</summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Receives the prediction as created, and after every poll.</summary>
    public IProgress<Prediction>? Progress { get; set; }
}
