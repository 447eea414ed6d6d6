namespace Skytells.Emulator.Predictions;

/// <summary>Wire spellings of <see cref="PredictionStatus"/>.</summary>
internal static class PredictionStatusNames
{
    public static string ToWire(this PredictionStatus status) => status switch
    {
        PredictionStatus.Pending => "pending",
        PredictionStatus.Processing => "processing",
        PredictionStatus.Succeeded => "succeeded",
        PredictionStatus.Failed => "failed",
        PredictionStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static bool IsTerminal(this PredictionStatus status) =>
        status is PredictionStatus.Succeeded or PredictionStatus.Failed or PredictionStatus.Cancelled;

    /// <summary>Parses a status filter; also takes the one-L <c>canceled</c> other clients send.</summary>
    public static bool TryParse(string value, out PredictionStatus status)
    {
        switch (value.ToUpperInvariant())
        {
            case "PENDING": status = PredictionStatus.Pending; return true;
            case "PROCESSING": status = PredictionStatus.Processing; return true;
            case "SUCCEEDED": status = PredictionStatus.Succeeded; return true;
            case "FAILED": status = PredictionStatus.Failed; return true;
            case "CANCELLED" or "CANCELED": status = PredictionStatus.Cancelled; return true;
            default: status = default; return false;
        }
    }
}
