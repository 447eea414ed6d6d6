namespace Skytells.Tests.Http;

/// <summary>The per-try token: timeouts fire, callers cancel, and only sources that never fired are reused.</summary>
public sealed class TryCancellationTests
{
    [Fact]
    public void A_source_whose_try_completed_in_time_is_reused_by_the_next_try_on_the_thread()
    {
        CancellationToken first;
        using (var tryCancellation = TryCancellation.Start(TimeSpan.FromMinutes(5), reusable: true, CancellationToken.None))
        {
            first = tryCancellation.Token;
        }

        using var next = TryCancellation.Start(TimeSpan.FromMinutes(5), reusable: true, CancellationToken.None);
        Assert.Equal(first, next.Token);
        Assert.False(next.Token.IsCancellationRequested);
    }

    [Fact]
    public void A_source_kept_for_a_stream_is_never_reused()
    {
        CancellationToken first;
        using (var tryCancellation = TryCancellation.Start(TimeSpan.FromMinutes(5), reusable: false, CancellationToken.None))
        {
            first = tryCancellation.Token;
        }

        using var next = TryCancellation.Start(TimeSpan.FromMinutes(5), reusable: true, CancellationToken.None);
        Assert.NotEqual(first, next.Token);
    }

    [Fact]
    public void The_timeout_fires_and_a_fired_source_is_not_reused()
    {
        CancellationToken fired;
        using (var tryCancellation = TryCancellation.Start(TimeSpan.FromMilliseconds(1), reusable: true, CancellationToken.None))
        {
            fired = tryCancellation.Token;
            Assert.True(fired.WaitHandle.WaitOne(TimeSpan.FromSeconds(30)));
        }

        using var next = TryCancellation.Start(TimeSpan.FromMinutes(5), reusable: true, CancellationToken.None);
        Assert.NotEqual(fired, next.Token);
        Assert.False(next.Token.IsCancellationRequested);
        Assert.True(fired.IsCancellationRequested);
    }

    [Fact]
    public void The_callers_cancellation_reaches_the_try_and_its_source_is_not_reused()
    {
        using var caller = new CancellationTokenSource();
        CancellationToken cancelled;
        using (var tryCancellation = TryCancellation.Start(TimeSpan.FromMinutes(5), reusable: true, caller.Token))
        {
            cancelled = tryCancellation.Token;
            caller.Cancel();
            Assert.True(cancelled.IsCancellationRequested);
        }

        using var next = TryCancellation.Start(TimeSpan.FromMinutes(5), reusable: true, CancellationToken.None);
        Assert.NotEqual(cancelled, next.Token);
    }

    [Fact]
    public void After_the_try_the_callers_token_no_longer_reaches_the_reused_source()
    {
        using var caller = new CancellationTokenSource();
        using (TryCancellation.Start(TimeSpan.FromMinutes(5), reusable: true, caller.Token))
        {
        }

        caller.Cancel();
        using var next = TryCancellation.Start(TimeSpan.FromMinutes(5), reusable: true, CancellationToken.None);
        Assert.False(next.Token.IsCancellationRequested);
    }

    [Fact]
    public void Without_a_timeout_the_callers_token_is_used_as_it_is()
    {
        using var caller = new CancellationTokenSource();
        using var tryCancellation = TryCancellation.Start(Timeout.InfiniteTimeSpan, reusable: true, caller.Token);
        Assert.Equal(caller.Token, tryCancellation.Token);
    }
}
