namespace Skytells;

/// <summary>How <see cref="PredictionsClient.WaitAsync(string, PredictionWaitOptions?, CancellationToken)"/> polls.</summary>
public sealed class PredictionWaitOptions
{
    /// <summary>Delay between polls. Default 2 s.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest total wait, then <see cref="SkytellsTimeoutException"/>; <see cref="Timeout.InfiniteTimeSpan"/> waits forever. Default 15 min.</summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Throw <see cref="SkytellsPredictionFailedException"/> when the prediction fails (default); otherwise return it.</summary>
    public bool ThrowOnFailure { get; set; } = true;

    /// <summary>Receives the prediction after every poll.</summary>
    public IProgress<Prediction>? Progress { get; set; }
}
