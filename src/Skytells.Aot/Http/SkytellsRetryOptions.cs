namespace Skytells;

/// <summary>
/// How failed calls are retried: exponential backoff with jitter, honouring <c>Retry-After</c> up to a cap.
/// Creating a prediction is retried only where the server cannot have accepted it, so a retry never bills twice.
/// </summary>
public sealed class SkytellsRetryOptions
{
    /// <summary>Retries after the first try (0 disables retrying). Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Backoff before the first retry; doubles on each further retry. Default 500 ms.</summary>
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Upper bound of a computed backoff delay. Default 30 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Longest <c>Retry-After</c> the client will wait. A longer one ends the call at once with
    /// <see cref="SkytellsRateLimitException"/> (or the matching error) so callers are not stalled. Default 60 s.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Statuses retried for reads and deletes (idempotent calls). Default 408, 429, 500, 502, 503, 504.
    /// </summary>
    public ISet<int> RetryableStatusCodes { get; } = new HashSet<int> { 408, 429, 500, 502, 503, 504 };

    /// <summary>
    /// Statuses retried for prediction creates: only answers that prove the server did not accept the request.
    /// Default 429 and 503. Adding 500, 502 or 504 here risks billing a prediction twice.
    /// </summary>
    public ISet<int> CreateRetryableStatusCodes { get; } = new HashSet<int> { 429, 503 };

    /// <summary>Whether idempotent calls are retried after transport errors and per-try timeouts. Default true.</summary>
    public bool RetryOnTransportErrors { get; set; } = true;

    /// <summary>Copies these options (the client snapshots them so later changes cannot race with requests).</summary>
    public SkytellsRetryOptions Clone()
    {
        var copy = new SkytellsRetryOptions
        {
            MaxRetries = MaxRetries,
            InitialDelay = InitialDelay,
            MaxDelay = MaxDelay,
            MaxRetryAfter = MaxRetryAfter,
            RetryOnTransportErrors = RetryOnTransportErrors,
        };
        copy.RetryableStatusCodes.Clear();
        copy.RetryableStatusCodes.UnionWith(RetryableStatusCodes);
        copy.CreateRetryableStatusCodes.Clear();
        copy.CreateRetryableStatusCodes.UnionWith(CreateRetryableStatusCodes);
        return copy;
    }
}
