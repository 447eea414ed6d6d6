namespace Skytells.Emulator.Predictions;

/// <summary>Server-side <c>await</c>: holds a request until its prediction is terminal or a cap runs out.</summary>
internal static class PredictionWaiter
{
    public static async Task<PredictionSnapshot> WaitForTerminalAsync(
        PredictionRecord prediction, TimeProvider time, TimeSpan cap, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + cap;
        while (true)
        {
            var now = time.GetUtcNow();
            var snapshot = prediction.SnapshotAt(now);
            if (snapshot.IsTerminal || prediction.IsDeleted || now >= deadline)
            {
                return snapshot;
            }

            var completesAt = prediction.Spec.Timeline.CompletesAt;
            var wait = (completesAt < deadline ? completesAt : deadline) - now;

            // Timers may fire a tick early; the loop re-reads the clock rather than trusting the wake-up.
            using var stopDelay = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var delay = Task.Delay(wait < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : wait, time, stopDelay.Token);
            await Task.WhenAny(delay, prediction.Interrupted).ConfigureAwait(false);
            await stopDelay.CancelAsync().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
