using System.CommandLine;
using System.CommandLine.Help;

namespace Skytells.Emulator.Cli;

/// <summary>
/// The <c>skytells-emulator</c> flags on <see cref="System.CommandLine"/> (<c>--name value</c> or <c>--name=value</c>).
/// A flag given twice takes its last value; <c>--key</c> and <c>--webhook-secret</c> add one item each time.
/// </summary>
internal static class CommandLineParser
{
    /// <summary>The ports the command line uses when none are given, so that URLs stay the same between runs.</summary>
    public const int DefaultStandardPort = 5080;
    public const int DefaultEdgePort = 5081;

    private const string Syntaxes = """

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

    private static readonly Option<int?> StandardPort = Last("--standard-port", "port", "Standard gateway port (default 5080; 0 picks a free port)", ArgumentSyntax.Port);
    private static readonly Option<int?> EdgePort = Last("--edge-port", "port", "Edge gateway port (default 5081; 0 picks a free port)", ArgumentSyntax.Port);
    private static readonly Option<string?> Host = LastOf("--host", "address", "Address to listen on (default 127.0.0.1; 'localhost' or an IP address)", (_, value) => value);
    private static readonly Option<double?> TimeScale = Last("--time-scale", "factor", "Multiplies the default latencies (default 1; 0 finishes predictions at once)", ArgumentSyntax.NonNegative);
    private static readonly Option<TimeSpan?> AwaitCap = Last("--await-cap", "duration", "Longest server-side await before the current state is returned (default 60s)", Duration);
    private static readonly Option<List<(string Key, AccountPlan Plan)>> Keys = Each("--key", "key>=<plan", "Accepts another API key; plan is free, pro, business or enterprise (repeatable)", ArgumentSyntax.Key);
    private static readonly Option<TimeSpan?> ChatTtft = Last("--chat-ttft", "duration", "Wait before a chat stream's first chunk, times --time-scale (default 50ms)", Duration);
    private static readonly Option<TimeSpan?> ChatInterTokenDelay = Last("--chat-inter-token-delay", "duration", "Wait between chat stream chunks, times --time-scale (default 10ms)", Duration);
    private static readonly Option<EmulatorRateLimit?> EdgeLimit = LastOf("--edge-limit", "limit", "Rate limit of every key on Edge (default none)", ArgumentSyntax.RateLimit);
    private static readonly Option<EmulatorRateLimit?> StandardLimit = LastOf("--standard-limit", "limit", "Rate limit of every key on Standard (default none)", ArgumentSyntax.RateLimit);
    private static readonly Option<bool> WebhookEnvelope = new("--webhook-envelope") { Description = """Sends webhooks as {"type","created_at","data"} instead of the raw prediction""" };
    private static readonly Option<int?> WebhookAttempts = Last("--webhook-attempts", "count", "Tries per webhook event, 1 or more (default 3; 1 turns retries off)", ArgumentSyntax.Attempts);
    private static readonly Option<TimeSpan?> WebhookRetryDelay = Last("--webhook-retry-delay", "duration", "First webhook retry's wait, then doubled (default 1s times --time-scale)", Duration);
    private static readonly Option<TimeSpan?> WebhookTimeout = Last(
        "--webhook-timeout", "duration", "Longest wait for one webhook attempt (default 10s)", (name, value) => ArgumentSyntax.Positive(name, ArgumentSyntax.Duration(name, value)));
    private static readonly Option<List<(string Key, string Secret)>> WebhookSecrets = Each(
        "--webhook-secret", "key>=<secret", "Signs that key's webhooks with the secret instead of the key (repeatable)", ArgumentSyntax.WebhookSecret);
    private static readonly Option<bool> Log = new("--log") { Description = "Writes request and server logs to the console" };

    private static readonly RootCommand Root = BuildRoot();

    // Arguments are taken as typed: an argument starting with '@' is a value, not a response file to read.
    private static readonly ParserConfiguration Configuration = new() { ResponseFileTokenReplacer = null };

    private static readonly Lazy<string> Help = new(RenderHelp);

    /// <summary>The help text: System.CommandLine's option list, then the value syntaxes and the fault header.</summary>
    public static string Usage => Help.Value;

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var result = Root.Parse(args, Configuration);
        if (result.Errors.Count > 0)
        {
            throw new CommandLineException(result.Errors[0].Message);
        }

        var options = new EmulatorOptions
        {
            StandardPort = result.GetValue(StandardPort) ?? DefaultStandardPort,
            EdgePort = result.GetValue(EdgePort) ?? DefaultEdgePort,
            EnableLogging = result.GetValue(Log),
            WebhookEnvelope = result.GetValue(WebhookEnvelope),
        };
        options.Host = result.GetValue(Host) ?? options.Host;
        options.TimeScale = result.GetValue(TimeScale) ?? options.TimeScale;
        options.AwaitCap = result.GetValue(AwaitCap) ?? options.AwaitCap;
        options.ChatTimeToFirstToken = result.GetValue(ChatTtft) ?? options.ChatTimeToFirstToken;
        options.ChatInterTokenDelay = result.GetValue(ChatInterTokenDelay) ?? options.ChatInterTokenDelay;
        options.DefaultEdgeRateLimit = result.GetValue(EdgeLimit);
        options.DefaultStandardRateLimit = result.GetValue(StandardLimit);
        options.WebhookMaxAttempts = result.GetValue(WebhookAttempts) ?? options.WebhookMaxAttempts;
        options.WebhookRetryDelay = result.GetValue(WebhookRetryDelay);
        options.WebhookTimeout = result.GetValue(WebhookTimeout) ?? options.WebhookTimeout;
        var keys = result.GetValue(Keys) ?? [];
        foreach (var (key, plan) in keys)
        {
            options.ApiKeys[key] = plan;
        }

        var webhookSecrets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, secret) in result.GetValue(WebhookSecrets) ?? [])
        {
            webhookSecrets[key] = secret;
        }

        var showHelp = result.Action is HelpAction;
        if (!showHelp)
        {
            // Checked after parsing so that --webhook-secret may come before the --key that registers its key.
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

        return new CommandLine(options, showHelp, keys.Count, webhookSecrets);
    }

    private static RootCommand BuildRoot()
    {
        var root = new RootCommand("Serves the Skytells API's Standard and Edge gateways locally until Ctrl+C or SIGTERM.")
        {
            StandardPort, EdgePort, Host, TimeScale, AwaitCap, Keys, ChatTtft, ChatInterTokenDelay, EdgeLimit, StandardLimit,
            WebhookEnvelope, WebhookAttempts, WebhookRetryDelay, WebhookTimeout, WebhookSecrets, Log,
        };

        // The program answers help itself and has no version action: an advertised --version would start the server.
        root.Options.Remove(root.Options.OfType<VersionOption>().First());
        return root;
    }

    private static TimeSpan Duration(string name, string value) => ArgumentSyntax.Duration(name, value);

    // One or more occurrences, the last one winning, as the flags always behaved; null when the flag is absent.
    private static Option<T?> Last<T>(string name, string helpName, string description, Func<string, string, T> parse)
        where T : struct => new(name)
        {
            HelpName = helpName,
            Description = description,
            Arity = ArgumentArity.OneOrMore,
            CustomParser = result => Parsed<T?>(result, () => parse(name, result.Tokens[^1].Value)),
        };

    private static Option<T?> LastOf<T>(string name, string helpName, string description, Func<string, string, T> parse)
        where T : class => new(name)
        {
            HelpName = helpName,
            Description = description,
            Arity = ArgumentArity.OneOrMore,
            CustomParser = result => Parsed<T?>(result, () => parse(name, result.Tokens[^1].Value)),
        };

    private static Option<List<T>> Each<T>(string name, string helpName, string description, Func<string, T> parse) =>
        new(name)
        {
            HelpName = helpName,
            Description = description,
            Arity = ArgumentArity.OneOrMore,
            CustomParser = result => Parsed(result, () => result.Tokens.Select(token => parse(token.Value)).ToList()),
        };

    private static T Parsed<T>(System.CommandLine.Parsing.ArgumentResult result, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (CommandLineException e)
        {
            result.AddError(e.Message);
            return default!;
        }
    }

    private static string RenderHelp()
    {
        if (Root.Options.OfType<HelpOption>().FirstOrDefault()?.Action is HelpAction help)
        {
            help.MaxWidth = 120;
        }

        using var output = new StringWriter();
        Root.Parse(["--help"], Configuration).Invoke(new InvocationConfiguration { Output = output });
        return output.ToString().TrimEnd() + Environment.NewLine + Syntaxes;
    }
}
