namespace Skytells.Emulator.Webhooks;

/// <summary>The delivery settings of <see cref="EmulatorOptions"/>, resolved once at start.</summary>
internal sealed record WebhookPolicy(int MaxAttempts, TimeSpan RetryDelay, TimeSpan AttemptTimeout, bool Envelope)
{
    /// <summary>Spec section 12, row 12 leaves the sender's policy open; one second before the first retry is the emulator's choice.</summary>
    public static readonly TimeSpan DefaultRetryDelay = TimeSpan.FromSeconds(1);

    // Task.Delay refuses more than about 49 days; a day already means "never" for an emulator.
    private static readonly TimeSpan LongestDelay = TimeSpan.FromDays(1);

    public static WebhookPolicy From(EmulatorOptions options) => new(
        options.WebhookMaxAttempts,
        options.WebhookRetryDelay ?? DefaultRetryDelay * options.TimeScale,
        options.WebhookTimeout,
        options.WebhookEnvelope);

    public static void Validate(EmulatorOptions options)
    {
        if (options.WebhookMaxAttempts < 1)
        {
            throw OutOfRange(nameof(EmulatorOptions.WebhookMaxAttempts), options.WebhookMaxAttempts, "WebhookMaxAttempts must be 1 or more (1 means no retries).");
        }

        if (options.WebhookRetryDelay < TimeSpan.Zero)
        {
            throw OutOfRange(nameof(EmulatorOptions.WebhookRetryDelay), options.WebhookRetryDelay, "WebhookRetryDelay cannot be negative.");
        }

        // CancelAfter takes at most int.MaxValue milliseconds.
        if (options.WebhookTimeout <= TimeSpan.Zero || options.WebhookTimeout.TotalMilliseconds > int.MaxValue)
        {
            throw OutOfRange(nameof(EmulatorOptions.WebhookTimeout), options.WebhookTimeout, "WebhookTimeout must be positive and under 24 days.");
        }
    }

    // The options' property names, as EmulatorOptions.Validate reports its other settings.
    private static ArgumentOutOfRangeException OutOfRange(string option, object? value, string message) => new(option, value, message);

    /// <summary>The wait before <paramref name="attempt"/> (2 or more): the retry delay, doubled for each earlier retry.</summary>
    public TimeSpan BackoffBefore(int attempt)
    {
        var factor = Math.Pow(2, Math.Max(0, attempt - 2));
        var ticks = Math.Min(RetryDelay.Ticks * factor, LongestDelay.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }
}
