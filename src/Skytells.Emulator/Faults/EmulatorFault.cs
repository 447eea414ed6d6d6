using System.Text;

namespace Skytells.Emulator;

/// <summary>
/// A fault rule for <see cref="SkytellsEmulator.InjectFault"/>: it matches requests by the optional filters and
/// applies to the next <see cref="Times"/> matching requests. Set at most one answer (<see cref="StatusCode"/>,
/// <see cref="ResetConnection"/>, <see cref="MalformedBody"/>, <see cref="TruncatedBody"/>); <see cref="Delay"/> and
/// <see cref="FailPrediction"/> combine with any of them. The stream faults (<c>Stream*</c>, <c>Chat*</c>) shape a
/// streaming chat answer instead of replacing it, so they combine with each other and a delay but not with an answer.
/// The rule is copied when injected.
/// </summary>
public sealed class EmulatorFault
{
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
    /// Streams only: sends a <c>: keep-alive</c> comment and an empty <c>data:</c> event before every chunk, both of
    /// which clients must skip. A rule that sets any <c>Stream*</c> or <c>Chat*</c> property matches streaming
    /// requests only (<c>stream: true</c> or <c>?stream=true</c> on chat completions).
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

    internal bool HasAnswer => StatusCode is not null || ResetConnection || MalformedBody || TruncatedBody;

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

    internal EmulatorFault Copy() => (EmulatorFault)MemberwiseClone();

    /// <summary>Rejects rules that could never do what they say, before they silently match nothing.</summary>
    internal void Validate()
    {
        if (Times < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Times), Times, "A fault applies to at least one request.");
        }

        if (StatusCode is { } status && status is < 400 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(StatusCode), status, "An injected status must be an error status (400 to 599).");
        }

        var answers = (StatusCode is null ? 0 : 1) + (ResetConnection ? 1 : 0) + (MalformedBody ? 1 : 0) + (TruncatedBody ? 1 : 0);
        if (answers > 1)
        {
            throw new ArgumentException("A fault can answer in one way only: a status, a reset, a malformed or a truncated body.");
        }

        if (AfterProcessing && answers == 0)
        {
            throw new ArgumentException("AfterProcessing needs an answer to give after processing: a status, a reset, a malformed or a truncated body.");
        }

        if (answers == 0 && Delay is null && FailPrediction is null && !ShapesStream)
        {
            throw new ArgumentException("The fault does nothing: set an answer, a delay, FailPrediction or a stream fault.");
        }

        ValidateStream(answers);

        if (RetryAfter < TimeSpan.Zero || Delay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(RetryAfter < TimeSpan.Zero ? nameof(RetryAfter) : nameof(Delay), "Durations cannot be negative.");
        }

        if ((RetryAfter is not null || ErrorId is not null || Message is not null) && StatusCode is null)
        {
            throw new ArgumentException("RetryAfter, ErrorId and Message belong to a StatusCode answer.");
        }
    }

    internal bool Matches(EmulatorGateway gateway, string method, string path, string? apiKey, bool streaming = false) =>
        (!ShapesStream || streaming)
        && (Gateway is null || Gateway == gateway)
        && (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && (PathContains is null || path.Contains(PathContains, StringComparison.OrdinalIgnoreCase))
        && (ApiKey is null || string.Equals(ApiKey, apiKey, StringComparison.Ordinal));

    private void ValidateStream(int answers)
    {
        if (!ShapesStream)
        {
            return;
        }

        if (answers > 0)
        {
            throw new ArgumentException("Stream faults shape a stream that an answer (status, reset, malformed or truncated body) never starts.");
        }

        if ((StreamStallAfterChunks is null) != (StreamStall is null))
        {
            throw new ArgumentException("StreamStallAfterChunks and StreamStall go together: after how many chunks, and for how long.");
        }

        var endings = (StreamOmitDone ? 1 : 0) + (StreamDropAfterChunks is null ? 0 : 1) + (StreamErrorAfterChunks is null ? 0 : 1);
        if (endings > 1)
        {
            throw new ArgumentException("A stream ends in one way only: StreamOmitDone, StreamDropAfterChunks or StreamErrorAfterChunks.");
        }

        if (StreamDropAfterChunks < 0 || StreamStallAfterChunks < 0 || StreamErrorAfterChunks < 0)
        {
            throw new ArgumentException("Chunk counts (StreamDropAfterChunks, StreamStallAfterChunks, StreamErrorAfterChunks) cannot be negative.");
        }

        if (StreamStall < TimeSpan.Zero || ChatTimeToFirstToken < TimeSpan.Zero || ChatInterTokenDelay < TimeSpan.Zero)
        {
            throw new ArgumentException("Durations (StreamStall, ChatTimeToFirstToken, ChatInterTokenDelay) cannot be negative.");
        }
    }

    private static void Append(StringBuilder text, string name, object? value)
    {
        if (value is not null)
        {
            text.Append(' ').Append(name).Append(" = ").Append(value).Append(',');
        }
    }
}
