using System.Threading.RateLimiting;

namespace Skytells;

/// <summary>
/// Client-side limits for one gateway: a request limiter (one permit per HTTP request) and a stream limiter (one
/// permit held for the life of each stream). Calls queue for a permit rather than fail; they fail with
/// <see cref="SkytellsRateLimitException"/> only when the limiter's queue is full or the wait exceeds <see cref="MaxWait"/>.
/// Limiters are used as given and never disposed by the client, so one instance can be shared by several clients
/// (or be a distributed limiter shared by a fleet).
/// </summary>
public sealed class SkytellsRateLimitOptions
{
    /// <summary>Limits requests (each try of each call takes one permit). Null = unlimited.</summary>
    public RateLimiter? RequestLimiter { get; set; }

    /// <summary>Limits concurrent streams (a permit is held until the stream ends). Null = unlimited.</summary>
    public RateLimiter? StreamLimiter { get; set; }

    /// <summary>Longest time a call may queue for a permit. Default 60 s.</summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The default extra time added to a window to absorb network jitter (see <see cref="ForLimits"/>).</summary>
    public static readonly TimeSpan DefaultJitterAllowance = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Limiters matching a documented tier: a sliding-window request limiter (the tier's RPM per <paramref name="window"/>,
    /// default one minute) and a concurrency limiter for streams, each with a bounded FIFO queue.
    /// </summary>
    public static SkytellsRateLimitOptions ForTier(SkytellsRateTier tier, TimeSpan? window = null, int queueLimit = 1_000, TimeSpan? jitterAllowance = null)
    {
        var (requests, streams) = tier switch
        {
            SkytellsRateTier.Tier1 => (10, 2),
            SkytellsRateTier.Tier2 => (25, 5),
            SkytellsRateTier.Tier3 => (75, 10),
            _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown tier."),
        };
        return ForLimits(requests, streams, window ?? TimeSpan.FromMinutes(1), queueLimit, jitterAllowance);
    }

    /// <summary>
    /// Limiters for custom limits (Tier 4 and Enterprise contracts). Permits freed at the same instant are sent
    /// together and reach the gateway spread over the network's jitter, while the gateway counts by arrival; the client
    /// window is therefore longer than the gateway's by <paramref name="jitterAllowance"/> (default
    /// <see cref="DefaultJitterAllowance"/>), so requests it admits are not refused at the window's edge.
    /// </summary>
    public static SkytellsRateLimitOptions ForLimits(int requestsPerWindow, int concurrentStreams, TimeSpan window, int queueLimit = 1_000, TimeSpan? jitterAllowance = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(requestsPerWindow);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(concurrentStreams);
        var allowance = jitterAllowance ?? DefaultJitterAllowance;
        ArgumentOutOfRangeException.ThrowIfLessThan(allowance, TimeSpan.Zero, nameof(jitterAllowance));
        return new SkytellsRateLimitOptions
        {
            RequestLimiter = new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
            {
                PermitLimit = requestsPerWindow,
                Window = window + allowance,
                SegmentsPerWindow = 6,
                QueueLimit = queueLimit,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            }),
            StreamLimiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
            {
                PermitLimit = concurrentStreams,
                QueueLimit = queueLimit,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }),
        };
    }
}
