using Skytells.Emulator.Errors;

namespace Skytells.Emulator.RateLimits;

/// <summary>The 429 answers of the limits; <c>Retry-After</c> is whole seconds and never 0, so a client always waits.</summary>
internal static class RateLimitErrors
{
    public static ApiError TooManyRequests(RateAdmission rejection) =>
        new(429, ErrorIds.RateLimitExceeded, FormattableString.Invariant(
            $"Rate limit exceeded: {rejection.Limit.RequestsPerWindow} requests per {rejection.Limit.Window.TotalSeconds:0.###} s for this key on this gateway."))
        {
            RetryAfter = AtLeastOneSecond(rejection.RetryAfter),
        };

    // When a stream closes is unknown, so the earliest sensible retry is the shortest Retry-After there is.
    public static ApiError TooManyStreams(EmulatorRateLimit limit) =>
        new(429, ErrorIds.RateLimitExceeded, FormattableString.Invariant(
            $"Rate limit exceeded: {limit.ConcurrentStreams} concurrent streams are open for this key on this gateway."))
        {
            RetryAfter = TimeSpan.FromSeconds(1),
        };

    private static TimeSpan AtLeastOneSecond(TimeSpan wait) => TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(wait.TotalSeconds)));
}
