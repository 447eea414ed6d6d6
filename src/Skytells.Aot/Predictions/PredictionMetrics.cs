namespace Skytells;

/// <summary>Timing and progress of a prediction (durations in seconds).</summary>
public sealed class PredictionMetrics
{
    /// <summary>Number of images produced.</summary>
    public int? ImageCount { get; set; }

    /// <summary>Seconds spent running the model.</summary>
    public double? PredictTime { get; set; }

    /// <summary>Seconds from creation to completion.</summary>
    public double? TotalTime { get; set; }

    /// <summary>Number of stored assets.</summary>
    public int? AssetCount { get; set; }

    /// <summary>Progress from 0 to 100; may be absent early.</summary>
    public double? Progress { get; set; }
}
