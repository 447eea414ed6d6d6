namespace Skytells.Emulator.Predictions;

/// <summary>A prediction's state at one instant, derived from its timeline and any cancellation.</summary>
internal sealed class PredictionSnapshot
{
    private PredictionSnapshot(PredictionRecord prediction) => Prediction = prediction;

    public PredictionRecord Prediction { get; }

    public PredictionStatus Status { get; private init; }

    public DateTimeOffset? StartedAt { get; private init; }

    public DateTimeOffset? CompletedAt { get; private init; }

    public DateTimeOffset UpdatedAt { get; private init; }

    /// <summary>Percent of the processing phase done (0 to 100).</summary>
    public int Progress { get; private init; }

    /// <summary>Seconds spent processing so far, or null before processing began.</summary>
    public double? PredictTime { get; private init; }

    /// <summary>Seconds from creation to the end, or to now while running.</summary>
    public double TotalTime { get; private init; }

    public bool IsTerminal => Status.IsTerminal();

    public string? Error => Status == PredictionStatus.Failed ? Prediction.Spec.FailureMessage : null;

    public IReadOnlyList<string>? Output => Status == PredictionStatus.Succeeded ? Prediction.OutputUrls : null;

    public static PredictionSnapshot Compute(PredictionRecord prediction, DateTimeOffset now, DateTimeOffset? cancelledAt)
    {
        var timeline = prediction.Spec.Timeline;
        PredictionStatus status;
        DateTimeOffset end; // when the prediction stopped, or now while it runs
        if (cancelledAt is { } cancelled)
        {
            (status, end) = (PredictionStatus.Cancelled, cancelled);
        }
        else if (now >= timeline.CompletesAt)
        {
            status = prediction.Spec.FailureMessage is null ? PredictionStatus.Succeeded : PredictionStatus.Failed;
            end = timeline.CompletesAt;
        }
        else
        {
            (status, end) = (now >= timeline.StartsAt ? PredictionStatus.Processing : PredictionStatus.Pending, now);
        }

        var started = end >= timeline.StartsAt && status != PredictionStatus.Pending ? timeline.StartsAt : (DateTimeOffset?)null;
        var terminal = status.IsTerminal();
        return new PredictionSnapshot(prediction)
        {
            Status = status,
            StartedAt = started,
            CompletedAt = terminal ? end : null,
            UpdatedAt = terminal ? end : started ?? timeline.CreatedAt,
            Progress = status is PredictionStatus.Succeeded or PredictionStatus.Failed ? 100 : ProgressAt(timeline, end),
            PredictTime = started is { } s ? Seconds(end - s) : null,
            TotalTime = Seconds(end - timeline.CreatedAt),
        };
    }

    private static int ProgressAt(PredictionTimeline timeline, DateTimeOffset at)
    {
        var processing = timeline.CompletesAt - timeline.StartsAt;
        if (at < timeline.StartsAt || processing <= TimeSpan.Zero)
        {
            return 0;
        }

        return (int)Math.Clamp((at - timeline.StartsAt) / processing * 100, 0, 99);
    }

    private static double Seconds(TimeSpan span) => Math.Round(Math.Max(0, span.TotalSeconds), 3);
}
