using System.Net;

namespace Skytells.Emulator;

/// <summary>
/// Settings of a <see cref="SkytellsEmulator"/>. They are read once by <see cref="SkytellsEmulator.StartAsync"/>;
/// later changes have no effect (use <see cref="SkytellsEmulator.AddApiKey(string, AccountPlan)"/> and
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

    /// <summary>
    /// Sends webhooks as the <c>{"type","created_at","data"}</c> envelope of the learn docs instead of the raw
    /// Prediction (the default, which is what the TS SDK verifies and routes).
    /// </summary>
    public bool WebhookEnvelope { get; set; }

    /// <summary>
    /// How many times one webhook event is tried; a non-2xx answer, a connection error or a timeout counts as a failed
    /// try. Default 3; 1 turns retries off.
    /// </summary>
    public int WebhookMaxAttempts { get; set; } = 3;

    /// <summary>
    /// The wait before the first webhook retry, doubled before each later one. Null (the default) means 1 s times
    /// <see cref="TimeScale"/>. Retries wait in wall-clock time, so a fake <see cref="TimeProvider"/> never stalls them.
    /// </summary>
    public TimeSpan? WebhookRetryDelay { get; set; }

    /// <summary>How long one webhook attempt may take before it counts as failed (wall-clock). Default 10 s.</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a chat stream waits before its first chunk, multiplied by <see cref="TimeScale"/>; wall-clock time.
    /// Default 50 ms (the Edge guide promises under 100 ms). A request's fault can replace it.
    /// </summary>
    public TimeSpan ChatTimeToFirstToken { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The wait between chunks of a chat stream, multiplied by <see cref="TimeScale"/>; wall-clock time. Default 10 ms.</summary>
    public TimeSpan ChatInterTokenDelay { get; set; } = TimeSpan.FromMilliseconds(10);

    /// <summary>
    /// The limits every key starts with on the Edge gateway; null (the default) leaves Edge unlimited so that tests
    /// and samples are never throttled by accident. The real Edge default of a Business account is
    /// <see cref="EmulatorRateLimit.Tier3"/> (75 requests per minute, 10 concurrent streams, 300 s per stream).
    /// </summary>
    public EmulatorRateLimit? DefaultEdgeRateLimit { get; set; }

    /// <summary>The limits every key starts with on the Standard gateway; null (the default) is unlimited.</summary>
    public EmulatorRateLimit? DefaultStandardRateLimit { get; set; }

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
        if (ChatTimeToFirstToken < TimeSpan.Zero || ChatInterTokenDelay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(
                ChatTimeToFirstToken < TimeSpan.Zero ? nameof(ChatTimeToFirstToken) : nameof(ChatInterTokenDelay), "Chat stream delays cannot be negative.");
        }

        DefaultEdgeRateLimit?.Validate(nameof(DefaultEdgeRateLimit));
        DefaultStandardRateLimit?.Validate(nameof(DefaultStandardRateLimit));
        Webhooks.WebhookPolicy.Validate(this);
    }

    private static void ValidatePort(int port, string name)
    {
        if (port is < 0 or > IPEndPoint.MaxPort)
        {
            throw new ArgumentOutOfRangeException(name, port, "A port is a number from 0 to 65535.");
        }
    }
}
