namespace Skytells;

/// <summary>
/// The request was rate limited (HTTP 429) and retrying was not allowed or not worth it: retries were exhausted,
/// or <c>Retry-After</c> exceeded <see cref="SkytellsRetryOptions.MaxRetryAfter"/>. Also thrown by client-side
/// limiters when their queue is full. <see cref="SkytellsException.RetryAfter"/> and
/// <see cref="SkytellsException.RateLimit"/> say when to try again.
/// </summary>
public sealed class SkytellsRateLimitException : SkytellsException
{
    /// <summary>Creates the exception from a 429 response.</summary>
    public SkytellsRateLimitException(SkytellsErrorInfo error, Exception? innerException = null)
        : base(error, innerException)
    {
    }
}
