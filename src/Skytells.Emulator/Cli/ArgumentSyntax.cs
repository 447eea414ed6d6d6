using System.Globalization;

namespace Skytells.Emulator.Cli;

/// <summary>
/// The value syntaxes of the flags; each throws <see cref="CommandLineException"/> with a message for the user. No
/// message repeats a key or a secret, since both are credentials.
/// </summary>
internal static class ArgumentSyntax
{
    // Task.Delay and CancelAfter refuse waits beyond int.MaxValue milliseconds (about 24 days); the bound also keeps
    // TimeSpan.FromSeconds from overflowing on absurd input.
    private static readonly TimeSpan LongestDuration = TimeSpan.FromMilliseconds(int.MaxValue);

    public static int Port(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535
            ? port
            : throw new CommandLineException($"{name} must be a port number from 0 to 65535, not '{value}'.");

    public static double NonNegative(string name, string value) =>
        double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? number
            : throw new CommandLineException($"{name} must be a number of zero or more, not '{value}'.");

    // The key itself is a secret: error messages name only the part that is wrong.
    public static (string Key, AccountPlan Plan) Key(string value)
    {
        var equals = value.LastIndexOf('=');
        if (equals <= 0 || equals == value.Length - 1)
        {
            throw new CommandLineException("--key takes <key>=<plan>, e.g. --key my-key=business.");
        }

        return Enum.TryParse<AccountPlan>(value[(equals + 1)..], ignoreCase: true, out var plan) && Enum.IsDefined(plan)
            ? (value[..equals], plan)
            : throw new CommandLineException("--key plan must be free, pro, business or enterprise.");
    }

    // Seconds when bare (what --await-cap always took), or ms, s or m as in the x-emulator-fault header's durations.
    public static TimeSpan Duration(string name, string value)
    {
        var (number, unit) = value.EndsWith("ms", StringComparison.OrdinalIgnoreCase) ? (value[..^2], 0.001)
            : value.EndsWith('s') || value.EndsWith('S') ? (value[..^1], 1.0)
            : value.EndsWith('m') || value.EndsWith('M') ? (value[..^1], 60.0)
            : (value, 1.0);
        return double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            && double.IsFinite(amount) && amount * unit <= LongestDuration.TotalSeconds
                ? TimeSpan.FromSeconds(amount * unit)
                : throw new CommandLineException($"{name} must be a duration from 0 to 24 days (seconds, or e.g. 50ms, 1.5s, 2m), not '{value}'.");
    }

    public static TimeSpan Positive(string name, TimeSpan duration) =>
        duration > TimeSpan.Zero ? duration : throw new CommandLineException($"{name} must be longer than zero.");

    public static int Attempts(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var attempts) && attempts >= 1
            ? attempts
            : throw new CommandLineException($"{name} must be a whole number of 1 or more, not '{value}'.");

    // A preset name, or requests/streams[/window[/max-stream-duration]] with the presets' defaults for what is left out.
    public static EmulatorRateLimit RateLimit(string name, string value)
    {
        switch (value.ToUpperInvariant())
        {
            case "TIER1": return EmulatorRateLimit.Tier1;
            case "TIER2": return EmulatorRateLimit.Tier2;
            case "TIER3": return EmulatorRateLimit.Tier3;
        }

        var parts = value.Split('/');
        if (parts.Length is < 2 or > 4)
        {
            throw new CommandLineException($"{name} takes tier1, tier2, tier3 or <requests>/<streams>[/<window>[/<max-stream-duration>]], not '{value}'.");
        }

        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var requests) || requests < 1)
        {
            throw new CommandLineException($"{name} requests must be a whole number of 1 or more, not '{parts[0]}'.");
        }

        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var streams))
        {
            throw new CommandLineException($"{name} streams must be a whole number of 0 or more, not '{parts[1]}'.");
        }

        var limit = new EmulatorRateLimit { RequestsPerWindow = requests, ConcurrentStreams = streams };
        if (parts.Length > 2)
        {
            limit = limit with { Window = Positive($"{name} window", Duration($"{name} window", parts[2])) };
        }

        if (parts.Length > 3)
        {
            limit = limit with { MaxStreamDuration = Positive($"{name} max stream duration", Duration($"{name} max stream duration", parts[3])) };
        }

        return limit;
    }

    // Both halves are secrets: messages say only which part is wrong. The first '=' splits, because base64 secrets
    // end in '=' padding while API keys have none.
    public static (string Key, string Secret) WebhookSecret(string value)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 && equals < value.Length - 1
            ? (value[..equals], value[(equals + 1)..])
            : throw new CommandLineException("--webhook-secret takes <key>=<secret>, e.g. --webhook-secret my-key=whsec_mine.");
    }
}
