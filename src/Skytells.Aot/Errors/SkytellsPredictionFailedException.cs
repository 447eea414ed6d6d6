namespace Skytells;

/// <summary>A prediction reached the <see cref="PredictionStatus.Failed"/> state; the prediction is attached.</summary>
public sealed class SkytellsPredictionFailedException : SkytellsException
{
    /// <summary>The error id of this failure.</summary>
    public const string PredictionFailedErrorId = "PREDICTION_FAILED";

    /// <summary>Creates the exception for a failed prediction.</summary>
    public SkytellsPredictionFailedException(Prediction prediction)
        : base(new SkytellsErrorInfo
        {
            ErrorId = PredictionFailedErrorId,
            Message = $"Prediction '{prediction?.Id}' failed: {prediction?.Error ?? prediction?.Response ?? "no reason given"}",
            Details = prediction?.Error ?? prediction?.Response,
        })
    {
        Prediction = prediction ?? throw new ArgumentNullException(nameof(prediction));
    }

    /// <summary>The failed prediction, as last read from the server.</summary>
    public Prediction Prediction { get; }
}
