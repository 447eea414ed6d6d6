namespace Skytells.Emulator.Predictions;

/// <summary>
/// When a prediction leaves <c>pending</c> and when it finishes, fixed at creation. Status is derived from these
/// instants on every read, so no timer can race a request and the outcome never depends on scheduling.
/// </summary>
internal readonly record struct PredictionTimeline(DateTimeOffset CreatedAt, DateTimeOffset StartsAt, DateTimeOffset CompletesAt)
{
    // The first fifth of the latency is spent queued, so that pollers see pending before processing.
    private const double QueuedShare = 0.2;

    public static PredictionTimeline Start(DateTimeOffset now, TimeSpan latency)
    {
        var queued = latency * QueuedShare;
        return new PredictionTimeline(now, now + queued, now + latency);
    }
}
