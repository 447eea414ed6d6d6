namespace Skytells;

/// <summary>Input of the image models (TrueFusion, FLUX and their Edge variants).</summary>
public sealed class ImageInput
{
    /// <summary>What to draw.</summary>
    public required string Prompt { get; set; }

    /// <summary>Width in pixels (Edge previews use 512, final renders 1024).</summary>
    public int? Width { get; set; }

    /// <summary>Height in pixels.</summary>
    public int? Height { get; set; }

    /// <summary>Denoising steps (Edge previews use 4, final renders 30).</summary>
    public int? NumInferenceSteps { get; set; }

    /// <summary>Aspect ratio such as <c>1:1</c>, <c>16:9</c>, <c>4:3</c>, <c>3:2</c>, <c>2:3</c>, <c>3:4</c>, <c>9:16</c>, <c>21:9</c>.</summary>
    public string? AspectRatio { get; set; }

    /// <summary>Random seed for reproducible output.</summary>
    public long? Seed { get; set; }

    /// <summary>How many images to produce.</summary>
    public int? NumberOfImages { get; set; }

    /// <summary>Let the server rewrite the prompt for better results.</summary>
    public bool? PromptOptimizer { get; set; }
}
