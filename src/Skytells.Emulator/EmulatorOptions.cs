using System.Net;

namespace Skytells.Emulator;

/// <summary>
/// Settings of a <see cref="SkytellsEmulator"/>. They are read once by <see cref="SkytellsEmulator.StartAsync"/>;
/// later changes have no effect (use <see cref="SkytellsEmulator.AddApiKey"/> and
/// <see cref="SkytellsEmulator.InjectFault"/> at run time).
/// </summary>
public sealed class EmulatorOptions
{
    /// <summary>The address both gateways listen on: an IP address or <c>localhost</c>. Default <c>127.0.0.1</c>.</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>The Standard gateway's port; 0 (the default) picks a free port.</summary>
    public int StandardPort { get; set; }

    /// <summary>The Edge gateway's port; 0 (the default) picks a free port.</summary>
    public int EdgePort { get; set; }

    /// <summary>The API keys the emulator accepts and their plans; pre-filled with the <see cref="EmulatorApiKeys"/>.</summary>
    public IDictionary<string, AccountPlan> ApiKeys { get; } = new Dictionary<string, AccountPlan>(EmulatorApiKeys.Defaults, StringComparer.Ordinal);

    /// <summary>Multiplies every default latency (tests use small values; 0 makes predictions finish at once). Default 1.</summary>
    public double TimeScale { get; set; } = 1.0;

    /// <summary>Per-model processing times (from creation to the terminal status), taken as is, not scaled.</summary>
    public IDictionary<string, TimeSpan> ModelLatency { get; } = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);

    /// <summary>How long a server-side <c>await</c> holds a request before it answers with the current state. Default 60 s.</summary>
    public TimeSpan AwaitCap { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Models beyond the built-in catalog; an entry with a catalog id replaces that catalog model.</summary>
    public IList<EmulatedModel> AdditionalModels { get; } = [];

    /// <summary>Writes ASP.NET Core and per-request log lines to the console. Off by default (tests start many emulators).</summary>
    public bool EnableLogging { get; set; }

    /// <summary>
    /// The clock behind prediction timestamps, lifecycles and server-side <c>await</c>. A fake provider makes
    /// lifecycles step only when the test advances it. Injected fault delays always use wall-clock time.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    internal IPAddress ResolveAddress()
    {
        if (string.Equals(Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return IPAddress.Loopback;
        }

        return IPAddress.TryParse(Host, out var address)
            ? address
            : throw new ArgumentException($"Host '{Host}' is neither an IP address nor 'localhost'.", nameof(Host));
    }

    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Host, nameof(Host));
        _ = ResolveAddress();
        ValidatePort(StandardPort, nameof(StandardPort));
        ValidatePort(EdgePort, nameof(EdgePort));
        if (StandardPort != 0 && StandardPort == EdgePort)
        {
            throw new ArgumentException("The Standard and Edge gateways need different ports.", nameof(EdgePort));
        }

        if (!double.IsFinite(TimeScale) || TimeScale < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(TimeScale), TimeScale, "TimeScale must be a finite number of zero or more.");
        }

        if (AwaitCap < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(AwaitCap), AwaitCap, "AwaitCap cannot be negative.");
        }

        foreach (var (model, latency) in ModelLatency)
        {
            if (latency < TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(ModelLatency), latency, $"The latency of '{model}' cannot be negative.");
            }
        }

        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
    }

    private static void ValidatePort(int port, string name)
    {
        if (port is < 0 or > IPEndPoint.MaxPort)
        {
            throw new ArgumentOutOfRangeException(name, port, "A port is a number from 0 to 65535.");
        }
    }
}
