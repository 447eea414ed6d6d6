namespace Skytells;

/// <summary>A prediction reached the <see cref="PredictionStatus.Failed"/> state; the prediction is attached.</summary>
public sealed class SkytellsPredictionFailedException : SkytellsException
{
    /// <summary>The error id of this failure.</summary>
    public const string PredictionFailedErrorId = "PREDICTION_FAILED";

    /// <summary>Creates the exception for a failed prediction.</summary>
    public SkytellsPredictionFailedException(Prediction prediction)
        : this(prediction, null)
    {
    }

    /// <summary>Creates the exception with the server's texts redacted (a server may echo the key in them).</summary>
    internal SkytellsPredictionFailedException(Prediction prediction, SecretRedactor? redactor)
        : base(Describe(prediction ?? throw new ArgumentNullException(nameof(prediction)), redactor))
    {
        Prediction = prediction;
    }

    /// <summary>The failed prediction, as last read from the server.</summary>
    public Prediction Prediction { get; }

    private static SkytellsErrorInfo Describe(Prediction prediction, SecretRedactor? redactor)
    {
        var info = new SkytellsErrorInfo
        {
            ErrorId = PredictionFailedErrorId,
            Message = $"Prediction '{prediction.Id}' failed: {prediction.Error ?? prediction.Response ?? "no reason given"}",
            Details = prediction.Error ?? prediction.Response,
        };
        return redactor is null ? info : redactor.Redact(info);
    }
}
