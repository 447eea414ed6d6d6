namespace Skytells;

/// <summary>Helpers on <see cref="PredictionStatus"/>.</summary>
public static class PredictionStatusExtensions
{
    /// <summary>True for <see cref="PredictionStatus.Succeeded"/>, <see cref="PredictionStatus.Failed"/> and <see cref="PredictionStatus.Cancelled"/>.</summary>
    public static bool IsTerminal(this PredictionStatus status) =>
        status is PredictionStatus.Succeeded or PredictionStatus.Failed or PredictionStatus.Cancelled;

    /// <summary>The wire spelling used when sending a status (for example as a list filter).</summary>
    public static string ToWireValue(this PredictionStatus status) => status switch
    {
        PredictionStatus.Pending => "pending",
        PredictionStatus.Starting => "starting",
        PredictionStatus.Processing => "processing",
        PredictionStatus.Succeeded => "succeeded",
        PredictionStatus.Failed => "failed",
        PredictionStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "This status has no wire value."),
    };
}
