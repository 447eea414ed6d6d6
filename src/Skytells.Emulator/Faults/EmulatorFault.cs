using System.Globalization;
using System.Text;

namespace Skytells.Emulator;

/// <summary>
/// A fault rule for <see cref="SkytellsEmulator.InjectFault"/>: it matches requests by the optional filters and
/// applies to the next <see cref="Times"/> matching requests. Set at most one answer (<see cref="StatusCode"/>,
/// <see cref="RedirectLocation"/>, <see cref="Body"/> and/or <see cref="ResetAfterBodyBytes"/>,
/// <see cref="ResetConnection"/>, <see cref="CloseWithoutResponse"/>, <see cref="MalformedBody"/>,
/// <see cref="TruncatedBody"/>); <see cref="Delay"/> and <see cref="FailPrediction"/> combine with any of them, and
/// <see cref="ResponseHeaders"/> with any answer that sends headers. The stream faults (<c>Stream*</c>, <c>Chat*</c>)
/// shape a streaming chat answer instead of replacing it, so they combine with each other and a delay but not with an
/// answer. The rule (its headers and body bytes included) is copied when injected.
/// </summary>
public sealed partial class EmulatorFault
{
    private Dictionary<string, string> _responseHeaders = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Only requests that arrive on this gateway; null matches both.</summary>
    public EmulatorGateway? Gateway { get; set; }

    /// <summary>Only requests with this HTTP method (case-insensitive); null matches any.</summary>
    public string? Method { get; set; }

    /// <summary>Only requests whose path contains this text (ordinal, case-insensitive); null matches any.</summary>
    public string? PathContains { get; set; }

    /// <summary>Only requests that present this API key; null matches any (including none).</summary>
    public string? ApiKey { get; set; }

    /// <summary>How many matching requests the rule applies to (at least 1).</summary>
    public int Times { get; set; } = 1;

    /// <summary>Answer with this HTTP status (400 to 599) in the unified error envelope.</summary>
    public int? StatusCode { get; set; }

    /// <summary>The <c>error_id</c> of the answer; defaults to the id the status usually carries (e.g. 503 <c>SERVICE_UNAVAILABLE</c>).</summary>
    public string? ErrorId { get; set; }

    /// <summary>The error message of the answer; defaults to one naming the injected status.</summary>
    public string? Message { get; set; }

    /// <summary>Adds a <c>Retry-After</c> header to the error answer, in whole seconds (rounded up).</summary>
    public TimeSpan? RetryAfter { get; set; }

    /// <summary>Waits this long (wall-clock time) before answering; then the request proceeds normally or with the fault.</summary>
    public TimeSpan? Delay { get; set; }

    /// <summary>Aborts the TCP connection without sending a response.</summary>
    public bool ResetConnection { get; set; }

    /// <summary>
    /// Closes the connection gracefully (a FIN, no reset) without sending a single response byte, as a proxy that
    /// gives up on a request does.
    /// </summary>
    public bool CloseWithoutResponse { get; set; }

    /// <summary>The status of a redirect answer (300 to 399); 302 when only <see cref="RedirectLocation"/> is set.</summary>
    public int? RedirectStatusCode { get; set; }

    /// <summary>Answers with a redirect to this URL (sent as is in the <c>Location</c> header) and an empty body.</summary>
    public string? RedirectLocation { get; set; }

    /// <summary>
    /// Answers with exactly these bytes (no envelope) on any route, streaming chat requests included; see
    /// <see cref="BodyStatusCode"/>, <see cref="BodyContentType"/>, <see cref="BodyRepeat"/> and <see cref="BodyChunked"/>.
    /// </summary>
    public byte[]? Body { get; set; }

    /// <summary>The <c>Content-Type</c> of the <see cref="Body"/> answer; null is <c>application/json</c>, empty sends none.</summary>
    public string? BodyContentType { get; set; }

    /// <summary>The status of the <see cref="Body"/> answer (200 to 599).</summary>
    public int BodyStatusCode { get; set; } = 200;

    /// <summary>
    /// How many times the <see cref="Body"/> bytes are sent back to back (at least 1): a small array makes a huge answer,
    /// and the emulator writes the same array again each time instead of building the whole answer in memory.
    /// </summary>
    public int BodyRepeat { get; set; } = 1;

    /// <summary>
    /// Sends the <see cref="Body"/> answer with chunked transfer encoding and no <c>Content-Length</c>; otherwise the
    /// answer announces <c>Content-Length</c> = <c>Body.Length × BodyRepeat</c>.
    /// </summary>
    public bool BodyChunked { get; set; }

    /// <summary>
    /// Sends the answer's headers and exactly this many body bytes, then resets the connection (TCP RST), so the client
    /// fails in the middle of reading the body. The answer cut is <see cref="Body"/> when set, else the emulator's own
    /// when <see cref="AfterProcessing"/> is set and longer than this, else a built-in JSON prediction of a few KB;
    /// the count must be smaller than <see cref="Body"/> or the built-in answer.
    /// </summary>
    public int? ResetAfterBodyBytes { get; set; }

    /// <summary>
    /// Extra headers (case-insensitive names) set on the fault's answer, whichever it is as long as it sends headers
    /// (not <see cref="ResetConnection"/> or <see cref="CloseWithoutResponse"/>); each wins over a header of the same
    /// name the emulator would set, e.g. <c>Retry-After</c>, <c>Content-Type</c> or <c>Location</c>. The framing
    /// headers <c>Content-Length</c> and <c>Transfer-Encoding</c> are refused: <see cref="BodyChunked"/>,
    /// <see cref="TruncatedBody"/> and <see cref="ResetAfterBodyBytes"/> shape the framing.
    /// </summary>
    public IDictionary<string, string> ResponseHeaders => _responseHeaders;

    /// <summary>Answers 200 with <c>application/json</c> and a body that is not valid JSON.</summary>
    public bool MalformedBody { get; set; }

    /// <summary>Answers 200 with a <c>Content-Length</c> larger than the bytes sent, then aborts the connection.</summary>
    public bool TruncatedBody { get; set; }

    /// <summary>
    /// Handles the request first (a prediction is created, cancelled, ...) and only then replaces the answer with the
    /// fault, as when a gateway fails after the backend did the work.
    /// </summary>
    public bool AfterProcessing { get; set; }

    /// <summary>The prediction created by the matching create request ends <c>failed</c> with this error text.</summary>
    public string? FailPrediction { get; set; }

    /// <summary>
    /// Streams only: sends a <c>: keep-alive</c> comment line before every chunk, which clients must skip. A rule that
    /// sets any <c>Stream*</c> or <c>Chat*</c> property matches streaming requests only (<c>stream: true</c> or
    /// <c>?stream=true</c> on chat completions).
    /// </summary>
    public bool StreamKeepAlive { get; set; }

    /// <summary>Streams only: ends the stream cleanly after the last chunk without the <c>data: [DONE]</c> marker.</summary>
    public bool StreamOmitDone { get; set; }

    /// <summary>
    /// Streams only: after this many chunks (0: right after the headers) the server closes the connection in the middle
    /// of the body, so the client's read fails; the chunks sent before arrive intact.
    /// </summary>
    public int? StreamDropAfterChunks { get; set; }

    /// <summary>Streams only: after this many chunks the stream goes silent for <see cref="StreamStall"/>, then continues.</summary>
    public int? StreamStallAfterChunks { get; set; }

    /// <summary>Streams only: how long (wall-clock) the stream stays silent at <see cref="StreamStallAfterChunks"/>.</summary>
    public TimeSpan? StreamStall { get; set; }

    /// <summary>
    /// Streams only: after this many chunks sends an error event (<c>data: {"error":{...,"status":500}}</c> in the
    /// inference envelope) and closes the stream without <c>[DONE]</c>.
    /// </summary>
    public int? StreamErrorAfterChunks { get; set; }

    /// <summary>Streams only: the wait before the first chunk, replacing <see cref="EmulatorOptions.ChatTimeToFirstToken"/> (not scaled).</summary>
    public TimeSpan? ChatTimeToFirstToken { get; set; }

    /// <summary>Streams only: the wait between chunks, replacing <see cref="EmulatorOptions.ChatInterTokenDelay"/> (not scaled).</summary>
    public TimeSpan? ChatInterTokenDelay { get; set; }

    /// <summary>Whether the rule shapes a stream, and so applies to streaming requests only.</summary>
    internal bool ShapesStream =>
        StreamKeepAlive || StreamOmitDone || StreamDropAfterChunks is not null || StreamStallAfterChunks is not null || StreamStall is not null
        || StreamErrorAfterChunks is not null || ChatTimeToFirstToken is not null || ChatInterTokenDelay is not null;

    internal bool HasAnswer => AnswerCount > 0;

    internal bool HasRedirect => RedirectLocation is not null || RedirectStatusCode is not null;

    // A body cut by a reset is one answer, not two: the reset shapes how the body ends.
    internal int AnswerCount =>
        (StatusCode is null ? 0 : 1) + (ResetConnection ? 1 : 0) + (MalformedBody ? 1 : 0) + (TruncatedBody ? 1 : 0)
        + (HasRedirect ? 1 : 0) + (Body is not null || ResetAfterBodyBytes is not null ? 1 : 0) + (CloseWithoutResponse ? 1 : 0);

    /// <inheritdoc />
    /// <remarks>Describes the rule without the <see cref="ApiKey"/> filter's value, which is a secret.</remarks>
    public override string ToString()
    {
        var text = new StringBuilder("EmulatorFault {");
        Append(text, "Gateway", Gateway);
        Append(text, "Method", Method);
        Append(text, "PathContains", PathContains);
        Append(text, "ApiKey", ApiKey is null ? null : "***");
        Append(text, "Times", Times);
        Append(text, "StatusCode", StatusCode);
        Append(text, "ErrorId", ErrorId);
        Append(text, "Message", Message);
        Append(text, "RetryAfter", RetryAfter);
        Append(text, "Delay", Delay);
        Append(text, "ResetConnection", ResetConnection ? true : null);
        Append(text, "MalformedBody", MalformedBody ? true : null);
        Append(text, "TruncatedBody", TruncatedBody ? true : null);
        Append(text, "CloseWithoutResponse", CloseWithoutResponse ? true : null);
        Append(text, "RedirectStatusCode", RedirectStatusCode);
        Append(text, "RedirectLocation", RedirectLocation);
        Append(text, "Body", Body is null ? null : string.Create(CultureInfo.InvariantCulture, $"{Body.Length} bytes"));
        Append(text, "BodyContentType", BodyContentType);
        Append(text, "BodyStatusCode", BodyStatusCode == 200 ? null : BodyStatusCode);
        Append(text, "BodyRepeat", BodyRepeat == 1 ? null : BodyRepeat);
        Append(text, "BodyChunked", BodyChunked ? true : null);
        Append(text, "ResetAfterBodyBytes", ResetAfterBodyBytes);
        Append(text, "ResponseHeaders", _responseHeaders.Count == 0 ? null : string.Join("; ", _responseHeaders.Select(h => $"{h.Key}: {h.Value}")));
        Append(text, "AfterProcessing", AfterProcessing ? true : null);
        Append(text, "FailPrediction", FailPrediction);
        Append(text, "StreamKeepAlive", StreamKeepAlive ? true : null);
        Append(text, "StreamOmitDone", StreamOmitDone ? true : null);
        Append(text, "StreamDropAfterChunks", StreamDropAfterChunks);
        Append(text, "StreamStallAfterChunks", StreamStallAfterChunks);
        Append(text, "StreamStall", StreamStall);
        Append(text, "StreamErrorAfterChunks", StreamErrorAfterChunks);
        Append(text, "ChatTimeToFirstToken", ChatTimeToFirstToken);
        Append(text, "ChatInterTokenDelay", ChatInterTokenDelay);
        return text.Append(" }").ToString();
    }

    internal EmulatorFault Copy()
    {
        var copy = (EmulatorFault)MemberwiseClone();

        // The header map and the body array are the caller's objects: changing them later must not change the rule.
        copy._responseHeaders = new Dictionary<string, string>(_responseHeaders, StringComparer.OrdinalIgnoreCase);
        copy.Body = Body?.ToArray();
        return copy;
    }

    internal bool Matches(EmulatorGateway gateway, string method, string path, string? apiKey, bool streaming = false) =>
        (!ShapesStream || streaming)
        && (Gateway is null || Gateway == gateway)
        && (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && (PathContains is null || path.Contains(PathContains, StringComparison.OrdinalIgnoreCase))
        && (ApiKey is null || string.Equals(ApiKey, apiKey, StringComparison.Ordinal));

    private static void Append(StringBuilder text, string name, object? value)
    {
        if (value is not null)
        {
            text.Append(' ').Append(name).Append(" = ").Append(value).Append(',');
        }
    }
}
