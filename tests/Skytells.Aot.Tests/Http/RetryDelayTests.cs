using System.Net.Http.Headers;

namespace Skytells.Tests.Http;

public sealed class RetryDelayTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Retry_after_seconds_and_dates_are_read()
    {
        Assert.Equal(TimeSpan.FromSeconds(12), RetryDelay.Parse(new RetryConditionHeaderValue(TimeSpan.FromSeconds(12)), Now));
        Assert.Equal(TimeSpan.FromSeconds(30), RetryDelay.Parse(new RetryConditionHeaderValue(Now.AddSeconds(30)), Now));
        Assert.Equal(TimeSpan.Zero, RetryDelay.Parse(new RetryConditionHeaderValue(Now.AddSeconds(-30)), Now));
        Assert.Null(RetryDelay.Parse(null, Now));
    }

    [Fact]
    public void The_server_delay_wins_over_backoff()
    {
        Assert.Equal(TimeSpan.FromSeconds(7), RetryDelay.Compute(new SkytellsRetryOptions(), 2, TimeSpan.FromSeconds(7)));
    }

    [Fact]
    public void Backoff_doubles_with_jitter_and_stays_under_the_cap()
    {
        var options = new SkytellsRetryOptions { InitialDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromMilliseconds(350) };
        for (var i = 0; i < 200; i++)
        {
            var first = RetryDelay.Compute(options, 0, null).TotalMilliseconds;
            var second = RetryDelay.Compute(options, 1, null).TotalMilliseconds;
            var capped = RetryDelay.Compute(options, 10, null).TotalMilliseconds;
            Assert.InRange(first, 50, 100);
            Assert.InRange(second, 100, 200);
            Assert.InRange(capped, 175, 350);
        }
    }

    [Fact]
    public void The_default_create_retry_set_holds_only_statuses_that_prove_no_work_was_accepted()
    {
        var options = new SkytellsRetryOptions();
        Assert.Equal([429, 503], options.CreateRetryableStatusCodes.Order());
        Assert.Equal([408, 429, 500, 502, 503, 504], options.RetryableStatusCodes.Order());
    }
}
