using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Skytells;

/// <summary>
/// The library's one <see cref="ActivitySource"/> and one <see cref="Meter"/>, both named <c>Skytells.Aot</c>.
/// Instruments follow the OpenTelemetry GenAI conventions where they apply; with no listener they cost a flag check.
/// </summary>
public static class SkytellsTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "Skytells.Aot";

    internal static readonly ActivitySource Source = new(Name, UserAgent.LibraryVersion);

    internal static readonly Meter Meter = new(Name, UserAgent.LibraryVersion);

    /// <summary>Duration of each HTTP call, tagged with gateway, operation, model and status.</summary>
    internal static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>(
        "skytells.client.request.duration", "s", "Duration of Skytells API HTTP calls.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120] });

    /// <summary>Time from sending a streaming chat request to its first content token.</summary>
    internal static readonly Histogram<double> TimeToFirstToken = Meter.CreateHistogram<double>(
        "gen_ai.client.time_to_first_token", "s", "Time to the first streamed token of a chat completion.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });

    /// <summary>Whole chat operations (GenAI convention).</summary>
    internal static readonly Histogram<double> OperationDuration = Meter.CreateHistogram<double>(
        "gen_ai.client.operation.duration", "s", "Duration of chat completion operations, streams included.");

    /// <summary>Token usage reported by the server (GenAI convention; tagged input/output).</summary>
    internal static readonly Histogram<long> TokenUsage = Meter.CreateHistogram<long>(
        "gen_ai.client.token.usage", "{token}", "Tokens used by chat completions.");

    /// <summary>Retries performed.</summary>
    internal static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        "skytells.client.retries", "{retry}", "Requests retried after a retryable failure.");

    /// <summary>Requests that had to queue in a client-side rate limiter.</summary>
    internal static readonly Counter<long> RateLimitWaits = Meter.CreateCounter<long>(
        "skytells.client.rate_limit.waits", "{wait}", "Requests that waited for a client-side rate limiter.");

    /// <summary>Calls the Edge guard refused or rerouted before sending.</summary>
    internal static readonly Counter<long> EdgeGuardRejections = Meter.CreateCounter<long>(
        "skytells.client.edge_guard.rejections", "{call}", "Calls with a non-Edge model stopped or rerouted by the Edge guard.");

    internal static string GatewayTag(SkytellsGateway gateway) => gateway == SkytellsGateway.Edge ? "edge" : "standard";
}
