using System.Globalization;

namespace Skytells.Emulator.Cli;

/// <summary>Parses the <c>skytells-emulator</c> arguments (<c>--name value</c> or <c>--name=value</c>).</summary>
internal static class CommandLineParser
{
    /// <summary>The ports the command line uses when none are given, so that URLs stay the same between runs.</summary>
    public const int DefaultStandardPort = 5080;
    public const int DefaultEdgePort = 5081;

    // Task.Delay and CancelAfter refuse waits beyond int.MaxValue milliseconds (about 24 days); the bound also keeps
    // TimeSpan.FromSeconds from overflowing on absurd input.
    private static readonly TimeSpan LongestDuration = TimeSpan.FromMilliseconds(int.MaxValue);

    public const string Usage = """
        Usage: skytells-emulator [options]

        Serves the Skytells API's Standard and Edge gateways locally until Ctrl+C or SIGTERM.

        Options:
          --standard-port <port>           Standard gateway port (default 5080; 0 picks a free port)
          --edge-port <port>               Edge gateway port (default 5081; 0 picks a free port)
          --host <address>                 Address to listen on (default 127.0.0.1; 'localhost' or an IP address)
          --time-scale <factor>            Multiplies the default latencies (default 1; 0 finishes predictions at once)
          --await-cap <duration>           Longest server-side await before the current state is returned (default 60s)
          --key <key>=<plan>               Accepts another API key; plan is free, pro, business or enterprise (repeatable)
          --chat-ttft <duration>           Wait before a chat stream's first chunk, times --time-scale (default 50ms)
          --chat-inter-token-delay <duration>
                                           Wait between chat stream chunks, times --time-scale (default 10ms)
          --edge-limit <limit>             Rate limit of every key on Edge (default none)
          --standard-limit <limit>         Rate limit of every key on Standard (default none)
          --webhook-envelope               Sends webhooks as {"type","created_at","data"} instead of the raw prediction
          --webhook-attempts <count>       Tries per webhook event, 1 or more (default 3; 1 turns retries off)
          --webhook-retry-delay <duration> First webhook retry's wait, then doubled (default 1s times --time-scale)
          --webhook-timeout <duration>     Longest wait for one webhook attempt (default 10s)
          --webhook-secret <key>=<secret>  Signs that key's webhooks with the secret instead of the key (repeatable)
          --log                            Writes request and server logs to the console
          -h, --help                       Shows this help

        Durations: seconds (2.5) or with a unit: 50ms, 1.5s, 2m.
        Limits: tier1 (10 requests/min, 2 streams), tier2 (25, 5), tier3 (75, 10; the real Business Edge default),
        or <requests>/<streams>[/<window>[/<max-stream-duration>]], e.g. 75/10, 5/1/10s, 75/10/60s/30s
        (window default 60s, longest stream default 300s).

        Per-request faults: send the header
          x-emulator-fault: status=503; retry-after=2; delay=100ms; reset; malformed; truncated; after-processing; fail=message
        as a hostile server
          x-emulator-fault: redirect=<url>; redirect-status=307; reset-after-bytes=100; close
        and for chat streams
          x-emulator-fault: stream-keep-alive; stream-omit-done; stream-drop-after=3; stream-stall-after=2; stream-stall=5s;
                            stream-error-after=3; ttft=200ms; inter-token-delay=20ms
        """;

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new EmulatorOptions { StandardPort = DefaultStandardPort, EdgePort = DefaultEdgePort };
        var showHelp = false;
        var keys = 0;
        var webhookSecrets = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inlineValue) = Split(args[i]);
            string Value() => inlineValue ?? (i + 1 < args.Count ? args[++i] : throw new CommandLineException($"{name} needs a value."));

            switch (name)
            {
                case "-h" or "--help" or "-?":
                    showHelp = true;
                    break;
                case "--log":
                    options.EnableLogging = inlineValue is null ? true : throw new CommandLineException("--log takes no value.");
                    break;
                case "--standard-port":
                    options.StandardPort = Port(name, Value());
                    break;
                case "--edge-port":
                    options.EdgePort = Port(name, Value());
                    break;
                case "--host":
                    options.Host = Value();
                    break;
                case "--time-scale":
                    options.TimeScale = NonNegative(name, Value());
                    break;
                case "--await-cap":
                    options.AwaitCap = Duration(name, Value());
                    break;
                case "--key":
                    var (key, plan) = Key(Value());
                    options.ApiKeys[key] = plan;
                    keys++;
                    break;
                case "--chat-ttft":
                    options.ChatTimeToFirstToken = Duration(name, Value());
                    break;
                case "--chat-inter-token-delay":
                    options.ChatInterTokenDelay = Duration(name, Value());
                    break;
                case "--edge-limit":
                    options.DefaultEdgeRateLimit = RateLimit(name, Value());
                    break;
                case "--standard-limit":
                    options.DefaultStandardRateLimit = RateLimit(name, Value());
                    break;
                case "--webhook-envelope":
                    options.WebhookEnvelope = inlineValue is null ? true : throw new CommandLineException("--webhook-envelope takes no value.");
                    break;
                case "--webhook-attempts":
                    options.WebhookMaxAttempts = Attempts(name, Value());
                    break;
                case "--webhook-retry-delay":
                    options.WebhookRetryDelay = Duration(name, Value());
                    break;
                case "--webhook-timeout":
                    options.WebhookTimeout = Positive(name, Duration(name, Value()));
                    break;
                case "--webhook-secret":
                    var (secretKey, secret) = WebhookSecret(Value());
                    webhookSecrets[secretKey] = secret;
                    break;
                default:
                    throw new CommandLineException($"Unknown argument '{args[i]}'.");
            }
        }

        if (!showHelp)
        {
            // Checked after the loop so that --webhook-secret may come before the --key that registers its key.
            if (webhookSecrets.Keys.Any(key => !options.ApiKeys.ContainsKey(key)))
            {
                throw new CommandLineException("--webhook-secret names a key that is not registered; add it with --key <key>=<plan>.");
            }

            try
            {
                options.Validate();
            }
            catch (ArgumentException e)
            {
                throw new CommandLineException(e.Message, e);
            }
        }

        return new CommandLine(options, showHelp, keys, webhookSecrets);
    }

    private static (string Name, string? Value) Split(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 0 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }

    private static int Port(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535
            ? port
            : throw new CommandLineException($"{name} must be a port number from 0 to 65535, not '{value}'.");

    private static double NonNegative(string name, string value) =>
        double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? number
            : throw new CommandLineException($"{name} must be a number of zero or more, not '{value}'.");

    // The key itself is a secret: error messages name only the part that is wrong.
    private static (string Key, AccountPlan Plan) Key(string value)
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
    private static TimeSpan Duration(string name, string value)
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

    private static TimeSpan Positive(string name, TimeSpan duration) =>
        duration > TimeSpan.Zero ? duration : throw new CommandLineException($"{name} must be longer than zero.");

    private static int Attempts(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var attempts) && attempts >= 1
            ? attempts
            : throw new CommandLineException($"{name} must be a whole number of 1 or more, not '{value}'.");

    // A preset name, or requests/streams[/window[/max-stream-duration]] with the presets' defaults for what is left out.
    private static EmulatorRateLimit RateLimit(string name, string value)
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
    private static (string Key, string Secret) WebhookSecret(string value)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 && equals < value.Length - 1
            ? (value[..equals], value[(equals + 1)..])
            : throw new CommandLineException("--webhook-secret takes <key>=<secret>, e.g. --webhook-secret my-key=whsec_mine.");
    }
}
