namespace Skytells;

/// <summary>
/// A client-side time limit ran out: the per-try request timeout (error id <c>REQUEST_TIMEOUT</c>) or the maximum
/// wait of <see cref="PredictionsClient.WaitAsync(string, PredictionWaitOptions?, CancellationToken)"/>
/// (error id <c>WAIT_TIMEOUT</c>). Cancellation requested by the caller's token is reported as
/// <see cref="OperationCanceledException"/> instead.
/// </summary>
public sealed class SkytellsTimeoutException : SkytellsException
{
    /// <summary>Error id of a request that exceeded its per-try timeout.</summary>
    public const string RequestTimeoutErrorId = "REQUEST_TIMEOUT";

    /// <summary>Error id of a wait that exceeded its maximum duration.</summary>
    public const string WaitTimeoutErrorId = "WAIT_TIMEOUT";

    /// <summary>Creates the exception.</summary>
    public SkytellsTimeoutException(SkytellsErrorInfo error, Exception? innerException = null)
        : base(error, innerException)
    {
    }

    /// <summary>The time limit that ran out.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>For a wait timeout: the last state of the prediction seen before giving up.</summary>
    public Prediction? LastPrediction { get; init; }
}
