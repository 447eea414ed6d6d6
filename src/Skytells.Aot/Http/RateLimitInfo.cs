using System.Globalization;
using System.Net.Http.Headers;

namespace Skytells;

/// <summary>
/// Rate-limit headers of a response: the current <c>x-skytells-ratelimit-*</c> family and the legacy
/// <c>X-RateLimit-*</c> family of the Edge gateway. A value the server marks as not applicable (<c>-</c>) is null.
/// </summary>
public sealed class RateLimitInfo
{
    /// <summary>Requests allowed per window (<c>x-skytells-ratelimit-limit-requests</c> or legacy <c>X-RateLimit-Limit-RPM</c>).</summary>
    public long? LimitRequests { get; init; }

    /// <summary>Requests left in the window.</summary>
    public long? RemainingRequests { get; init; }

    /// <summary>The window length.</summary>
    public TimeSpan? Window { get; init; }

    /// <summary>Input tokens allowed per window.</summary>
    public long? LimitTokensIn { get; init; }

    /// <summary>Input tokens left in the window.</summary>
    public long? RemainingTokensIn { get; init; }

    /// <summary>Output tokens allowed per window.</summary>
    public long? LimitTokensOut { get; init; }

    /// <summary>Output tokens left in the window.</summary>
    public long? RemainingTokensOut { get; init; }

    /// <summary>Concurrent streams allowed (legacy <c>X-RateLimit-Limit-Streams</c>).</summary>
    public long? LimitStreams { get; init; }

    /// <summary>Concurrent streams still free (legacy <c>X-RateLimit-Remaining-Streams</c>).</summary>
    public long? RemainingStreams { get; init; }

    /// <summary>When the window resets (legacy <c>X-RateLimit-Reset</c>, unix seconds).</summary>
    public DateTimeOffset? Reset { get; init; }

    /// <summary>Reads the rate-limit headers; null when the response carries none.</summary>
    public static RateLimitInfo? FromHeaders(HttpResponseHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var info = new RateLimitInfo
        {
            LimitRequests = Number(headers, "x-skytells-ratelimit-limit-requests") ?? Number(headers, "X-RateLimit-Limit-RPM"),
            RemainingRequests = Number(headers, "x-skytells-ratelimit-remaining-requests") ?? Number(headers, "X-RateLimit-Remaining-RPM"),
            Window = Number(headers, "x-skytells-ratelimit-window") is { } seconds and >= 0 and <= MaxWindowSeconds ? TimeSpan.FromSeconds(seconds) : null,
            LimitTokensIn = Number(headers, "x-skytells-ratelimit-limit-tokens-in"),
            RemainingTokensIn = Number(headers, "x-skytells-ratelimit-remaining-tokens-in"),
            LimitTokensOut = Number(headers, "x-skytells-ratelimit-limit-tokens-out"),
            RemainingTokensOut = Number(headers, "x-skytells-ratelimit-remaining-tokens-out"),
            LimitStreams = Number(headers, "X-RateLimit-Limit-Streams"),
            RemainingStreams = Number(headers, "X-RateLimit-Remaining-Streams"),
            Reset = Number(headers, "X-RateLimit-Reset") is { } unix ? UnixTime.FromSeconds(unix) : null,
        };
        return info.HasAny ? info : null;
    }

    // A window no TimeSpan can hold (or no server means) reads as absent, not as a crash.
    private const long MaxWindowSeconds = 10L * 365 * 24 * 3600;

    private bool HasAny =>
        LimitRequests is not null || RemainingRequests is not null || Window is not null || LimitTokensIn is not null
        || RemainingTokensIn is not null || LimitTokensOut is not null || RemainingTokensOut is not null
        || LimitStreams is not null || RemainingStreams is not null || Reset is not null;

    private static long? Number(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values)
        && long.TryParse(values.FirstOrDefault()?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
