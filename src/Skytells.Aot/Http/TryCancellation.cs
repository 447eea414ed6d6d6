namespace Skytells;

/// <summary>
/// The token of one try: the caller's, plus the per-try timeout. A source whose timer never fired is reset and kept
/// for the thread's next try (<see cref="CancellationTokenSource.TryReset"/>), so a call that completes in time
/// allocates no source, timer or registration list.
/// </summary>
internal readonly struct TryCancellation : IDisposable
{
    [ThreadStatic]
    private static CancellationTokenSource? t_spare;

    private readonly CancellationTokenSource? _source;
    private readonly CancellationTokenRegistration _callerLink;
    private readonly bool _reusable;

    private TryCancellation(CancellationTokenSource? source, CancellationTokenRegistration callerLink, bool reusable, CancellationToken token)
    {
        Token = token;
        _source = source;
        _callerLink = callerLink;
        _reusable = reusable;
    }

    /// <summary>The token to pass to the try.</summary>
    public CancellationToken Token { get; }

    /// <summary>
    /// Starts a try. <paramref name="reusable"/> must be false when anything may keep the token after the try ends (an
    /// open stream handed to the caller): a reused source would later show another try's state to it.
    /// </summary>
    public static TryCancellation Start(TimeSpan timeout, bool reusable, CancellationToken caller)
    {
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            return new TryCancellation(null, default, reusable: false, caller);
        }

        var source = reusable ? TakeSpare() : new CancellationTokenSource();
        source.CancelAfter(timeout);
        var callerLink = caller.CanBeCanceled
            ? caller.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), source)
            : default;
        return new TryCancellation(source, callerLink, reusable, source.Token);
    }

    /// <summary>Unlinks the caller's token and keeps the source for reuse when it was never cancelled.</summary>
    public void Dispose()
    {
        // Waits for a caller's cancellation in progress, so the reset below cannot race it.
        _callerLink.Dispose();
        if (_source is null)
        {
            return;
        }

        if (_reusable && _source.TryReset())
        {
            t_spare = _source;
        }
        else
        {
            _source.Dispose();
        }
    }

    private static CancellationTokenSource TakeSpare()
    {
        var spare = t_spare;
        if (spare is null)
        {
            return new CancellationTokenSource();
        }

        t_spare = null;
        return spare;
    }
}
