namespace Skytells.Emulator.RateLimits;

/// <summary>
/// The request-window verdict on one request under a configured limit: admitted (with what is left) or rejected
/// (with when to retry). The rate-limit headers are written from it.
/// </summary>
/// <param name="Admitted">Whether the request fit in the window.</param>
/// <param name="Limit">The limit that was applied.</param>
/// <param name="Remaining">Requests still allowed in the window after this one.</param>
/// <param name="ResetAt">When the oldest counted request leaves the window, freeing a slot.</param>
/// <param name="RetryAfter">For a rejection, how long until a slot frees up.</param>
internal readonly record struct RateAdmission(bool Admitted, EmulatorRateLimit Limit, int Remaining, DateTimeOffset ResetAt, TimeSpan RetryAfter);
