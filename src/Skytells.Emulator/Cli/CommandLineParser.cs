using System.Globalization;

namespace Skytells.Emulator.Cli;

/// <summary>Parses the <c>skytells-emulator</c> arguments (<c>--name value</c> or <c>--name=value</c>).</summary>
internal static class CommandLineParser
{
    /// <summary>The ports the command line uses when none are given, so that URLs stay the same between runs.</summary>
    public const int DefaultStandardPort = 5080;
    public const int DefaultEdgePort = 5081;

    public const string Usage = """
        Usage: skytells-emulator [options]

        Serves the Skytells API's Standard and Edge gateways locally until Ctrl+C or SIGTERM.

        Options:
          --standard-port <port>   Standard gateway port (default 5080; 0 picks a free port)
          --edge-port <port>       Edge gateway port (default 5081; 0 picks a free port)
          --host <address>         Address to listen on (default 127.0.0.1; 'localhost' or an IP address)
          --time-scale <factor>    Multiplies the default latencies (default 1; 0 finishes predictions at once)
          --await-cap <seconds>    Longest server-side await before the current state is returned (default 60)
          --key <key>=<plan>       Accepts another API key; plan is free, pro, business or enterprise (repeatable)
          --log                    Writes request and server logs to the console
          -h, --help               Shows this help

        Per-request faults: send the header
          x-emulator-fault: status=503; retry-after=2; delay=100ms; reset; malformed; truncated; after-processing; fail=message
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
                    options.AwaitCap = TimeSpan.FromSeconds(NonNegative(name, Value()));
                    break;
                case "--key":
                    var (key, plan) = Key(Value());
                    options.ApiKeys[key] = plan;
                    keys++;
                    break;
                default:
                    throw new CommandLineException($"Unknown argument '{args[i]}'.");
            }
        }

        if (!showHelp)
        {
            try
            {
                options.Validate();
            }
            catch (ArgumentException e)
            {
                throw new CommandLineException(e.Message, e);
            }
        }

        return new CommandLine(options, showHelp, keys);
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
}
