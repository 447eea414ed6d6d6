namespace Skytells.Emulator;

/// <summary>
/// The limits of one API key on one gateway (spec section 6): requests per sliding window, concurrently open chat
/// streams, and how long a stream may stay open before the server ends it. Over a limit the gateway answers 429
/// <c>RATE_LIMIT_EXCEEDED</c> with <c>Retry-After</c>. Immutable, so the presets are safe to share; derive variants
/// with <c>with</c>, e.g. <c>EmulatorRateLimit.Tier3 with { Window = TimeSpan.FromSeconds(2) }</c>.
/// </summary>
public sealed record EmulatorRateLimit
{
    /// <summary>10 requests per minute, 2 concurrent streams (a guessed lower tier; the seed documents Tier 3 only).</summary>
    public static EmulatorRateLimit Tier1 { get; } = new() { RequestsPerWindow = 10, ConcurrentStreams = 2 };

    /// <summary>25 requests per minute, 5 concurrent streams (a guessed lower tier; the seed documents Tier 3 only).</summary>
    public static EmulatorRateLimit Tier2 { get; } = new() { RequestsPerWindow = 25, ConcurrentStreams = 5 };

    /// <summary>75 requests per minute, 10 concurrent streams: the seed's Edge limits of a Business (Tier 3) account.</summary>
    public static EmulatorRateLimit Tier3 { get; } = new() { RequestsPerWindow = 75, ConcurrentStreams = 10 };

    /// <summary>Requests admitted per <see cref="Window"/> (at least 1); rejected requests do not count.</summary>
    public required int RequestsPerWindow { get; init; }

    /// <summary>Chat streams that may be open at once (0 refuses every stream); each holds a slot until it closes.</summary>
    public required int ConcurrentStreams { get; init; }

    /// <summary>The sliding window <see cref="RequestsPerWindow"/> counts over, on <see cref="EmulatorOptions.TimeProvider"/>. Default 1 minute.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How long (wall-clock) a stream may stay open; the server then closes it without <c>[DONE]</c>. Default 300 s.</summary>
    public TimeSpan MaxStreamDuration { get; init; } = TimeSpan.FromSeconds(300);

    internal void Validate(string paramName)
    {
        if (RequestsPerWindow < 1)
        {
            throw new ArgumentOutOfRangeException(paramName, RequestsPerWindow, "RequestsPerWindow must be at least 1.");
        }

        if (ConcurrentStreams < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, ConcurrentStreams, "ConcurrentStreams cannot be negative.");
        }

        if (Window <= TimeSpan.Zero || MaxStreamDuration <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(paramName, "Window and MaxStreamDuration must be positive.");
        }
    }
}
