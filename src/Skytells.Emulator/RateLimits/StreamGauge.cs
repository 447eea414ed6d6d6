namespace Skytells.Emulator.RateLimits;

/// <summary>
/// Counts one key's open streams across both gateways and remembers the peak, so that tests can check a client's
/// own stream limiting (<see cref="SkytellsEmulator.GetMaxConcurrentStreams"/>) with or without server limits.
/// </summary>
internal sealed class StreamGauge
{
    private int _open;
    private int _max;

    public int Open => Volatile.Read(ref _open);

    public int Max => Volatile.Read(ref _max);

    public void Opened()
    {
        var open = Interlocked.Increment(ref _open);
        var max = Volatile.Read(ref _max);
        while (open > max)
        {
            var seen = Interlocked.CompareExchange(ref _max, open, max);
            if (seen == max)
            {
                break;
            }

            max = seen;
        }
    }

    public void Closed() => Interlocked.Decrement(ref _open);
}
