using System.Diagnostics;

namespace Skytells;

/// <summary>
/// The idle and total time limits of one stream on a single timer: each event only records its time, and the timer,
/// when it fires, either finds the stream overdue and cancels it or re-arms itself for the nearer deadline. That is
/// one timer per stream instead of re-arming a timer on every event.
/// </summary>
internal sealed class StreamDeadline : IDisposable
{
    // ITimer due times are limited to about 49 days; later deadlines are re-checked when that much time has passed.
    private static readonly TimeSpan MaxDue = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    private readonly TimeSpan _idle;
    private readonly TimeSpan _total;
    private readonly long _started;
    private readonly CancellationTokenSource _cancel;
    private readonly ITimer _timer;
    private long _lastEvent;
    private int _expired;

    /// <param name="idle">Longest silence between events (infinite allowed).</param>
    /// <param name="total">Longest stream (infinite allowed), counted from <paramref name="started"/>.</param>
    /// <param name="started">When the stream began (a <see cref="Stopwatch"/> timestamp).</param>
    /// <param name="cancel">Cancelled when a deadline passes.</param>
    public StreamDeadline(TimeSpan idle, TimeSpan total, long started, CancellationTokenSource cancel)
    {
        _idle = idle;
        _total = total;
        _started = started;
        _cancel = cancel;
        _lastEvent = Stopwatch.GetTimestamp();
        _timer = TimeProvider.System.CreateTimer(static state => ((StreamDeadline)state!).Check(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        Arm(_lastEvent);
    }

    /// <summary>True when the idle limit ended the stream.</summary>
    public bool IdleExpired => Volatile.Read(ref _expired) == 1;

    /// <summary>True once either limit has passed.</summary>
    public bool Expired => Volatile.Read(ref _expired) != 0;

    /// <summary>Records that an event arrived.</summary>
    public void Touch() => Volatile.Write(ref _lastEvent, Stopwatch.GetTimestamp());

    public void Dispose() => _timer.Dispose();

    private void Check()
    {
        var now = Stopwatch.GetTimestamp();
        var totalLeft = Left(_total, _started, now);
        var idleLeft = Left(_idle, Volatile.Read(ref _lastEvent), now);
        if (totalLeft <= TimeSpan.Zero || idleLeft <= TimeSpan.Zero)
        {
            Volatile.Write(ref _expired, totalLeft <= TimeSpan.Zero ? 2 : 1);
            try
            {
                _cancel.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The stream ended while the timer fired: nothing left to stop.
            }

            return;
        }

        Arm(now);
    }

    private void Arm(long now)
    {
        var due = Min(Left(_total, _started, now), Left(_idle, Volatile.Read(ref _lastEvent), now));
        try
        {
            _timer.Change(due < TimeSpan.Zero ? TimeSpan.Zero : Min(due, MaxDue), Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // Disposed between the check and the re-arm: the stream is over.
        }
    }

    private static TimeSpan Left(TimeSpan limit, long since, long now) =>
        limit == Timeout.InfiniteTimeSpan ? TimeSpan.MaxValue : limit - Stopwatch.GetElapsedTime(since, now);

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
