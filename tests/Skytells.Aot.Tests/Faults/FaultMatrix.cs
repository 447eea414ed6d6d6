using System.Globalization;
using System.Text;
using Skytells.Emulator;

namespace Skytells.Tests.Faults;

/// <summary>
/// The fault matrix of docs/reliability.md: every fault a gateway, a proxy or a hostile server can produce, and what
/// each operation must end in. Reads retry wherever it is safe; creates and streams only where the server provably
/// did not take the request (refused connection, 429, 503).
/// </summary>
public static class FaultMatrix
{
    private const int Tries = 4; // 1 + the default 3 retries

    private static readonly byte[] OneKiB = Encoding.ASCII.GetBytes(new string('x', 1024));
    private static readonly byte[] Html = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>");
    // Valid JSON whose only fault is its depth, inside a field every parser must descend into or keep.
    private static readonly byte[] DeepJson = Encoding.ASCII.GetBytes("{\"id\":\"p\",\"choices\":[],\"x\":" + new string('[', 10_000) + new string(']', 10_000) + "}");

    public static IReadOnlyList<FaultCase> Cases { get; } =
    [
        Row("connection refused", (_, _, _) => [], all: FaultOutcome.Fails<SkytellsNetworkException>(0, "failed")),
        Row("reset before headers", (key, op, _) => [At(key, op, new EmulatorFault { ResetConnection = true })],
            get: FaultOutcome.Succeeds(2), create: FaultOutcome.Fails<SkytellsNetworkException>(1), stream: FaultOutcome.Fails<SkytellsNetworkException>(1)),
        Row("server closes without answering", (key, op, _) => [At(key, op, new EmulatorFault { CloseWithoutResponse = true })],
            get: FaultOutcome.Succeeds(2), create: FaultOutcome.Fails<SkytellsNetworkException>(1), stream: FaultOutcome.Fails<SkytellsNetworkException>(1)),
        Row("reset mid-body", (key, op, _) => [At(key, op, op == FaultOperation.Stream
                ? new EmulatorFault { Body = Sse(3), BodyContentType = "text/event-stream", ResetAfterBodyBytes = Sse(1).Length + 10 }
                : new EmulatorFault { ResetAfterBodyBytes = 100, AfterProcessing = op == FaultOperation.Create })],
            get: FaultOutcome.Succeeds(2), create: FaultOutcome.Fails<SkytellsNetworkException>(1), stream: FaultOutcome.Fails<SkytellsNetworkException>(1, "broke after 1 chunks")),
        Row("truncated body, lying Content-Length", (key, op, _) => [At(key, op, op == FaultOperation.Stream
                ? new EmulatorFault { StreamDropAfterChunks = 1 }
                : new EmulatorFault { TruncatedBody = true, AfterProcessing = op == FaultOperation.Create })],
            get: FaultOutcome.Succeeds(2), create: FaultOutcome.Fails<SkytellsNetworkException>(1), stream: FaultOutcome.Fails<SkytellsNetworkException>(1)),
        Row("malformed JSON", (key, op, _) => [At(key, op, op == FaultOperation.Stream
                ? Stream("data: {\"id\":\"chatcmpl-1\",\"choices\":[{\"delta\":\n\n")
                : new EmulatorFault { MalformedBody = true })],
            all: FaultOutcome.Fails<SkytellsInvalidResponseException>(1, "could not be read")),
        Row("JSON nested 10,000 deep", (key, op, _) => [At(key, op, op == FaultOperation.Stream
                ? Stream($"data: {Encoding.ASCII.GetString(DeepJson)}\n\n")
                : new EmulatorFault { Body = DeepJson })],
            all: FaultOutcome.Fails<SkytellsInvalidResponseException>(1, "depth")),
        Row("HTML 502 page", (key, op, _) => [At(key, op, new EmulatorFault { Times = 10, BodyStatusCode = 502, BodyContentType = "text/html", Body = Html })],
            get: FaultOutcome.Fails<SkytellsServerException>(Tries, "Bad Gateway"), create: FaultOutcome.Fails<SkytellsServerException>(1, "Bad Gateway"), stream: FaultOutcome.Fails<SkytellsServerException>(1, "Bad Gateway")),
        Row("HTML with 200", (key, op, _) => [At(key, op, new EmulatorFault { BodyContentType = "text/html", Body = Html })],
            get: FaultOutcome.Fails<SkytellsInvalidResponseException>(1), create: FaultOutcome.Fails<SkytellsInvalidResponseException>(1), stream: FaultOutcome.Fails<SkytellsInvalidResponseException>(1, "text/html")),
        Row("JSON with 200 where SSE was asked", (key, op, _) => [At(key, op, new EmulatorFault { Body = """{"id":"chatcmpl-1","object":"chat.completion","choices":[]}"""u8.ToArray() })],
            stream: FaultOutcome.Fails<SkytellsInvalidResponseException>(1, "application/json")),
        Row("JSON error envelope with 200 where SSE was asked", (key, op, _) => [At(key, op, new EmulatorFault { Body = """{"error":{"message":"Too many streams","error_id":"RATE_LIMIT_EXCEEDED","status":429}}"""u8.ToArray() })],
            stream: FaultOutcome.Fails<SkytellsRateLimitException>(1, "Too many streams")),
        Row("empty 200 body", (key, op, _) => [At(key, op, new EmulatorFault { Body = [] })],
            all: FaultOutcome.Fails<SkytellsInvalidResponseException>(1)),
        Row("empty event stream", (key, op, _) => [At(key, op, new EmulatorFault { Body = [], BodyContentType = "text/event-stream" })],
            stream: FaultOutcome.Fails<SkytellsInvalidResponseException>(1, "before its first event")),
        Row("slow headers past the per-try timeout", (key, op, _) => [At(key, op, new EmulatorFault { Delay = FaultCase.RequestTimeout * 3 })],
            get: FaultOutcome.Succeeds(2), create: FaultOutcome.Fails<SkytellsTimeoutException>(1, "did not complete"), stream: FaultOutcome.Fails<SkytellsTimeoutException>(1, "did not complete"), timesOut: true),
        Row("SSE stream goes silent", (key, op, _) => [At(key, op, new EmulatorFault { StreamStallAfterChunks = 1, StreamStall = TimeSpan.FromSeconds(30) })],
            stream: FaultOutcome.Fails<SkytellsTimeoutException>(1, "sent nothing for"), timesOut: true),
        Row("429 with Retry-After in seconds", (key, op, _) => [At(key, op, new EmulatorFault { StatusCode = 429, RetryAfter = TimeSpan.FromSeconds(1) })],
            all: FaultOutcome.Succeeds(2)),
        Row("429 with Retry-After as an HTTP date", (key, op, _) => [At(key, op, RetryAfter(DateTimeOffset.UtcNow.AddSeconds(2).ToString("R", CultureInfo.InvariantCulture)))],
            all: FaultOutcome.Succeeds(2)),
        Row("429 with an absurd Retry-After", (key, op, _) => [At(key, op, RetryAfter("999999999"))],
            all: FaultOutcome.Fails<SkytellsRateLimitException>(1)),
        Row("429 with Retry-After in the past", (key, op, _) => [At(key, op, RetryAfter("Wed, 21 Oct 2015 07:28:00 GMT"))],
            all: FaultOutcome.Succeeds(2)),
        Burst(500),
        Burst(502),
        Burst(503, createRetried: true),
        Burst(504),
        Redirect(301),
        Redirect(302),
        Redirect(307),
        Redirect(308),
        Row("50 MiB body with Content-Length", (key, op, _) => [At(key, op, Huge(chunked: false, op))],
            all: FaultOutcome.Fails<SkytellsInvalidResponseException>(1, "larger than")),
        Row("50 MiB chunked body", (key, op, _) => [At(key, op, Huge(chunked: true, op))],
            all: FaultOutcome.Fails<SkytellsInvalidResponseException>(1, "larger than")),
        Row("50 MiB HTML 502 page", (key, op, _) => [At(key, op, new EmulatorFault { Times = 10, BodyStatusCode = 502, BodyContentType = "text/html", Body = OneKiB, BodyRepeat = 50 * 1024, BodyChunked = true })],
            get: FaultOutcome.Fails<SkytellsServerException>(Tries), create: FaultOutcome.Fails<SkytellsServerException>(1), stream: FaultOutcome.Fails<SkytellsServerException>(1)),
    ];

    /// <summary>The matrix as the Markdown table of docs/reliability.md (a test keeps the two identical).</summary>
    public static string RenderTable()
    {
        var table = new StringBuilder()
            .Append("| fault | get (`GetAsync`) | create (`CreateAsync`) | stream (`Chat.StreamAsync`) |\n")
            .Append("|---|---|---|---|\n");
        foreach (var row in Cases)
        {
            table.Append("| ").Append(row.Name);
            foreach (var operation in (ReadOnlySpan<FaultOperation>)[FaultOperation.Get, FaultOperation.Create, FaultOperation.Stream])
            {
                table.Append(" | ").Append(row.Outcomes.TryGetValue(operation, out var outcome) ? outcome.ToString() : "n/a");
            }

            table.Append(" |\n");
        }

        return table.ToString();
    }

    /// <summary>Points a rule at the requests of one operation by one key.</summary>
    private static EmulatorFault At(string key, FaultOperation operation, EmulatorFault fault)
    {
        fault.ApiKey = key;
        (fault.Method, fault.PathContains) = operation switch
        {
            FaultOperation.Get => ("GET", "/predictions/"),
            FaultOperation.Create => ("POST", "/predictions"),
            _ => ("POST", "/chat/completions"),
        };
        return fault;
    }

    private static FaultCase Row(string name, Func<string, FaultOperation, Uri, EmulatorFault[]> arm,
        FaultOutcome? all = null, FaultOutcome? get = null, FaultOutcome? create = null, FaultOutcome? stream = null, bool timesOut = false)
    {
        var outcomes = new Dictionary<FaultOperation, FaultOutcome>();
        foreach (var (operation, outcome) in (ReadOnlySpan<(FaultOperation, FaultOutcome?)>)[(FaultOperation.Get, get ?? all), (FaultOperation.Create, create ?? all), (FaultOperation.Stream, stream ?? all)])
        {
            if (outcome is not null)
            {
                outcomes[operation] = outcome;
            }
        }

        return new FaultCase(name, arm, outcomes) { TimesOut = timesOut };
    }

    private static FaultCase Burst(int status, bool createRetried = false)
    {
        var notRetried = FaultOutcome.Fails<SkytellsServerException>(createRetried ? Tries : 1);
        return Row($"burst of {status}", (key, op, _) => [At(key, op, new EmulatorFault { StatusCode = status, Times = 10 })],
            get: FaultOutcome.Fails<SkytellsServerException>(Tries), create: notRetried, stream: notRetried);
    }

    private static FaultCase Redirect(int status) =>
        Row($"{status} redirect to another host", (key, op, other) => [At(key, op, new EmulatorFault { RedirectStatusCode = status, RedirectLocation = new Uri(other, "v1/predictions/elsewhere").AbsoluteUri })],
            all: FaultOutcome.Fails<SkytellsRedirectException>(1, "does not follow redirects"));

    private static EmulatorFault RetryAfter(string value)
    {
        var fault = new EmulatorFault { BodyStatusCode = 429, Body = """{"error":{"message":"Slow down","error_id":"RATE_LIMIT_EXCEEDED"}}"""u8.ToArray() };
        fault.ResponseHeaders["Retry-After"] = value;
        return fault;
    }

    private static EmulatorFault Huge(bool chunked, FaultOperation operation) => new()
    {
        Body = OneKiB,
        BodyRepeat = 50 * 1024,
        BodyChunked = chunked,

        // For a stream: one endless event, so the per-event limit is what trips.
        BodyContentType = operation == FaultOperation.Stream ? "text/event-stream" : null,
    };

    private static EmulatorFault Stream(string events) => new() { Body = Encoding.UTF8.GetBytes(events), BodyContentType = "text/event-stream" };

    /// <summary>A well-formed stream of <paramref name="chunks"/> chat chunks, without <c>[DONE]</c>.</summary>
    private static byte[] Sse(int chunks)
    {
        var text = new StringBuilder();
        for (var i = 0; i < chunks; i++)
        {
            text.Append("""data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"word """)
                .Append(i.ToString(CultureInfo.InvariantCulture))
                .Append("\"}}]}\n\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
