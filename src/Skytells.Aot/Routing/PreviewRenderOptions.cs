namespace Skytells;

/// <summary>
/// Settings of <see cref="SkytellsClientRoutingExtensions.RenderWithPreviewAsync"/>: a fast Edge preview and a
/// high-quality Standard final render of the same prompt. Defaults follow the Edge guide.
/// </summary>
public sealed class PreviewRenderOptions
{
    /// <summary>The Edge model of the preview. Default <see cref="SkytellsModels.TrueFusionEdge"/>.</summary>
    [EdgeModelId]
    public string PreviewModel { get; set; } = SkytellsModels.TrueFusionEdge;

    /// <summary>Preview width. Default 512.</summary>
    public int PreviewWidth { get; set; } = 512;

    /// <summary>Preview height. Default 512.</summary>
    public int PreviewHeight { get; set; } = 512;

    /// <summary>Preview denoising steps. Default 4.</summary>
    public int PreviewSteps { get; set; } = 4;

    /// <summary>How long to poll a preview that is not finished when created. Default 15 s.</summary>
    public TimeSpan PreviewMaxWait { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The Standard model of the final render. Default <see cref="SkytellsModels.TrueFusionPro"/>.</summary>
    public string FinalModel { get; set; } = SkytellsModels.TrueFusionPro;

    /// <summary>Final width. Default 1024.</summary>
    public int FinalWidth { get; set; } = 1024;

    /// <summary>Final height. Default 1024.</summary>
    public int FinalHeight { get; set; } = 1024;

    /// <summary>Final denoising steps. Default 30.</summary>
    public int FinalSteps { get; set; } = 30;

    /// <summary>A webhook notified when the final render finishes.</summary>
    public PredictionWebhook? FinalWebhook { get; set; }
}
