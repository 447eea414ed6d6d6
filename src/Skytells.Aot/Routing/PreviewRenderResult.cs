namespace Skytells;

/// <summary>The outcome of a preview + final render: each half succeeded or failed independently of the other.</summary>
public sealed class PreviewRenderResult
{
    /// <summary>The Edge preview prediction, when it succeeded.</summary>
    public Prediction? Preview { get; init; }

    /// <summary>Why the preview failed, when it did.</summary>
    public SkytellsException? PreviewError { get; init; }

    /// <summary>The first preview image URL, when there is one.</summary>
    public string? PreviewUrl => Preview?.Output.Count > 0 ? Preview.Output[0] : null;

    /// <summary>The Standard final prediction as created (usually still running), when the create succeeded.</summary>
    public Prediction? Final { get; init; }

    /// <summary>Why the final render could not be created, when it could not.</summary>
    public SkytellsException? FinalError { get; init; }

    /// <summary>The final prediction id to track (for example through its webhook).</summary>
    public string? FinalPredictionId => Final?.Id;
}
