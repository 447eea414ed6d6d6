namespace Skytells.Emulator.Predictions;

/// <summary>The statuses the emulator emits (spec section 3; <c>cancelled</c> with two Ls, as the TS SDK expects).</summary>
internal enum PredictionStatus
{
    Pending,
    Processing,
    Succeeded,
    Failed,
    Cancelled,
}
