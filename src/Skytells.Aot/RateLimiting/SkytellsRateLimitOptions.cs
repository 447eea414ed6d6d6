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

    /// <summary>
    /// Limiters matching a documented tier: a sliding-window request limiter (the tier's RPM per <paramref name="window"/>,
    /// default one minute) and a concurrency limiter for streams, each with a bounded FIFO queue.
    /// </summary>
    public static SkytellsRateLimitOptions ForTier(SkytellsRateTier tier, TimeSpan? window = null, int queueLimit = 1_000)
    {
        var (requests, streams) = tier switch
        {
            SkytellsRateTier.Tier1 => (10, 2),
            SkytellsRateTier.Tier2 => (25, 5),
            SkytellsRateTier.Tier3 => (75, 10),
            _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown tier."),
        };
        return ForLimits(requests, streams, window ?? TimeSpan.FromMinutes(1), queueLimit);
    }

    /// <summary>Limiters for custom limits (Tier 4 and Enterprise contracts).</summary>
    public static SkytellsRateLimitOptions ForLimits(int requestsPerWindow, int concurrentStreams, TimeSpan window, int queueLimit = 1_000)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(requestsPerWindow);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(concurrentStreams);
        return new SkytellsRateLimitOptions
        {
            RequestLimiter = new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
            {
                PermitLimit = requestsPerWindow,
                Window = window,
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
