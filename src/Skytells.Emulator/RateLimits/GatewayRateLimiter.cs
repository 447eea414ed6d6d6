namespace Skytells.Emulator.RateLimits;

/// <summary>
/// One key's limiter on one gateway: a sliding-window log of admitted requests and the count of open streams.
/// Streams are counted even without a limit, for <see cref="SkytellsEmulator.GetOpenStreams"/>.
/// </summary>
internal sealed class GatewayRateLimiter
{
    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _admitted = new();
    private readonly StreamGauge _keyStreams;
    private EmulatorRateLimit? _limit;
    private TimeProvider _time = TimeProvider.System;
    private int _openStreams;

    public GatewayRateLimiter(StreamGauge keyStreams) => _keyStreams = keyStreams;

    /// <summary>The limit in force; null means unlimited (no 429s, no rate-limit headers).</summary>
    public EmulatorRateLimit? Limit
    {
        get
        {
            lock (_gate)
            {
                return _limit;
            }
        }
    }

    public int OpenStreams
    {
        get
        {
            lock (_gate)
            {
                return _openStreams;
            }
        }
    }

    /// <summary>Changes the limit; requests already counted and streams already open carry over.</summary>
    public void Configure(EmulatorRateLimit? limit, TimeProvider time)
    {
        lock (_gate)
        {
            _limit = limit;
            _time = time;
        }
    }

    /// <summary>Counts the request in the window if it fits; null when no limit is configured.</summary>
    public RateAdmission? Admit()
    {
        lock (_gate)
        {
            if (_limit is not { } limit)
            {
                return null;
            }

            var now = _time.GetUtcNow();
            while (_admitted.TryPeek(out var oldest) && oldest <= now - limit.Window)
            {
                _admitted.Dequeue();
            }

            if (_admitted.Count >= limit.RequestsPerWindow)
            {
                var reset = _admitted.Peek() + limit.Window;
                return new RateAdmission(false, limit, 0, reset, reset - now);
            }

            _admitted.Enqueue(now);
            return new RateAdmission(true, limit, limit.RequestsPerWindow - _admitted.Count, _admitted.Peek() + limit.Window, TimeSpan.Zero);
        }
    }

    /// <summary>Takes a stream slot, or returns null when the limit's concurrent streams are all open.</summary>
    /// <param name="limit">The limit the decision was made under (it also caps the stream's duration); null if none.</param>
    public StreamSlot? TryOpenStream(out EmulatorRateLimit? limit)
    {
        lock (_gate)
        {
            limit = _limit;
            if (limit is not null && _openStreams >= limit.ConcurrentStreams)
            {
                return null;
            }

            _openStreams++;
            _keyStreams.Opened();
        }

        return new StreamSlot(this);
    }

    internal void Release()
    {
        lock (_gate)
        {
            _openStreams--;
            _keyStreams.Closed();
        }
    }
}
