using System.Net.Http.Headers;

namespace Skytells;

/// <summary>Backoff arithmetic: exponential with jitter, and the server's <c>Retry-After</c>.</summary>
internal static class RetryDelay
{
    /// <summary>
    /// The wait before retry number <paramref name="retry"/> (0-based): the server's <c>Retry-After</c> when given,
    /// else <c>InitialDelay × 2^retry</c> capped at <c>MaxDelay</c>, scaled by a random factor in [0.5, 1] so that
    /// clients failing together do not retry together.
    /// </summary>
    public static TimeSpan Compute(SkytellsRetryOptions options, int retry, TimeSpan? retryAfter)
    {
        if (retryAfter is { } serverDelay)
        {
            return serverDelay;
        }

        var exponential = options.InitialDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retry, 30));
        var capped = Math.Min(exponential, options.MaxDelay.TotalMilliseconds);
        var jittered = capped * (0.5 + (Random.Shared.NextDouble() * 0.5));
        return TimeSpan.FromMilliseconds(Math.Max(0, jittered));
    }

    /// <summary>Reads <c>Retry-After</c> as seconds or an HTTP date (a date in the past means no wait).</summary>
    public static TimeSpan? Parse(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        if (header is null)
        {
            return null;
        }

        if (header.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
