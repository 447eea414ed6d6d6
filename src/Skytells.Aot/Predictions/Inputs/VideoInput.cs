namespace Skytells;

/// <summary>Input of the video models (TrueFusion Video Pro, Veo, Sora); Standard gateway only.</summary>
public sealed class VideoInput
{
    /// <summary>What to film.</summary>
    public required string Prompt { get; set; }

    /// <summary>A start image for image-to-video.</summary>
    public string? ImageUrl { get; set; }

    /// <summary>Clip length in seconds.</summary>
    public int? DurationSeconds { get; set; }

    /// <summary>Aspect ratio such as <c>16:9</c>.</summary>
    public string? AspectRatio { get; set; }

    /// <summary>Resolution such as <c>720p</c> or <c>1080p</c>.</summary>
    public string? Resolution { get; set; }

    /// <summary>Generate a soundtrack (Veo).</summary>
    public bool? GenerateAudio { get; set; }

    /// <summary>Random seed.</summary>
    public long? Seed { get; set; }
}
