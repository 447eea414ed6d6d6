namespace Skytells;

/// <summary>Optional settings of a create-prediction call.</summary>
public sealed class PredictionCreateOptions
{
    /// <summary>A webhook to notify on status changes.</summary>
    public PredictionWebhook? Webhook { get; set; }

    /// <summary>Ask the server to block until the prediction is terminal (image and text models; video and audio ignore it).</summary>
    public bool? Await { get; set; }

    /// <summary>Ask the server to enable streaming for this prediction.</summary>
    public bool? Stream { get; set; }
}
