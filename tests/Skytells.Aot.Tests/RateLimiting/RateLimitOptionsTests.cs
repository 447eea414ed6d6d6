using System.Threading.RateLimiting;

namespace Skytells.Tests.RateLimiting;

public sealed class RateLimitOptionsTests
{
    [Theory]
    [InlineData(SkytellsRateTier.Tier1, 10, 2)]
    [InlineData(SkytellsRateTier.Tier2, 25, 5)]
    [InlineData(SkytellsRateTier.Tier3, 75, 10)]
    public void Tier_presets_hold_the_documented_limits(SkytellsRateTier tier, int requests, int streams)
    {
        var options = SkytellsRateLimitOptions.ForTier(tier, queueLimit: 0);
        var leases = Enumerable.Range(0, requests + 1).Select(_ => options.RequestLimiter!.AttemptAcquire()).ToList();
        Assert.Equal(requests, leases.Count(l => l.IsAcquired));
        var streamLeases = Enumerable.Range(0, streams + 1).Select(_ => options.StreamLimiter!.AttemptAcquire()).ToList();
        Assert.Equal(streams, streamLeases.Count(l => l.IsAcquired));
    }

    [Fact]
    public async Task A_full_queue_is_a_typed_rate_limit_error()
    {
        using var limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 0 });
        using var held = limiter.AttemptAcquire();
        var error = await Assert.ThrowsAsync<SkytellsRateLimitException>(async () =>
            await RateLimitGate.AcquireAsync(limiter, TimeSpan.FromSeconds(5), SkytellsGateway.Edge, "stream", TestContext.Token));
        Assert.Equal("CLIENT_RATE_LIMITED", error.ErrorId);
        Assert.Contains("queue is full", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wait_longer_than_max_wait_is_a_typed_rate_limit_error()
    {
        using var limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 5 });
        using var held = limiter.AttemptAcquire();
        var error = await Assert.ThrowsAsync<SkytellsRateLimitException>(async () =>
            await RateLimitGate.AcquireAsync(limiter, TimeSpan.FromMilliseconds(50), SkytellsGateway.Standard, "request", TestContext.Token));
        Assert.Contains("waited longer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_queued_call_proceeds_when_a_permit_frees()
    {
        using var limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 5 });
        var held = limiter.AttemptAcquire();
        var waiting = RateLimitGate.AcquireAsync(limiter, TimeSpan.FromSeconds(30), SkytellsGateway.Edge, "stream", TestContext.Token).AsTask();
        Assert.False(waiting.IsCompleted);
        held.Dispose();
        using var lease = await waiting;
        Assert.True(lease.IsAcquired);
    }
}
