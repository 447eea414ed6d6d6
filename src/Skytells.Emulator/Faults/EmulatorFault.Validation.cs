using System.Globalization;
using Skytells.Emulator.Faults;

namespace Skytells.Emulator;

/// <content>The checks <see cref="SkytellsEmulator.InjectFault"/> runs, kept apart from the properties they check.</content>
public sealed partial class EmulatorFault
{
    private const string AnswerList =
        "a status, a redirect, a body (which ResetAfterBodyBytes may cut), a reset, a close, a malformed or a truncated body";

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

        var answers = AnswerCount;
        if (answers > 1)
        {
            throw new ArgumentException($"A fault can answer in one way only: {AnswerList}.");
        }

        if (AfterProcessing && answers == 0)
        {
            throw new ArgumentException($"AfterProcessing needs an answer to give after processing: {AnswerList}.");
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

        ValidateRedirect();
        ValidateBody();
        ValidateResponseHeaders(answers);
    }

    private void ValidateStream(int answers)
    {
        if (!ShapesStream)
        {
            return;
        }

        if (answers > 0)
        {
            throw new ArgumentException($"Stream faults shape a stream that an answer ({AnswerList}) never starts.");
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

    private void ValidateRedirect()
    {
        if (RedirectStatusCode is { } status && status is < 300 or > 399)
        {
            throw new ArgumentOutOfRangeException(nameof(RedirectStatusCode), status, "A redirect status must be 300 to 399.");
        }

        if (RedirectStatusCode is not null && RedirectLocation is null)
        {
            throw new ArgumentException("RedirectStatusCode needs a RedirectLocation for the Location header.", nameof(RedirectLocation));
        }

        if (RedirectLocation is not null && (RedirectLocation.Length == 0 || !HeaderText.IsValue(RedirectLocation)))
        {
            throw new ArgumentException(
                "RedirectLocation must be a non-empty header value: printable ASCII (percent-encode the rest), no line breaks.", nameof(RedirectLocation));
        }
    }

    private void ValidateBody()
    {
        if (BodyStatusCode is < 200 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(BodyStatusCode), BodyStatusCode, "A Body answer's status must be 200 to 599.");
        }

        if (BodyRepeat < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(BodyRepeat), BodyRepeat, "A Body is sent at least once.");
        }

        if (Body is null && (BodyContentType is not null || BodyStatusCode != 200 || BodyRepeat != 1 || BodyChunked))
        {
            throw new ArgumentException("BodyContentType, BodyStatusCode, BodyRepeat and BodyChunked shape a Body answer: set Body.");
        }

        if (BodyContentType is { Length: > 0 } type && !HeaderText.IsValue(type))
        {
            throw new ArgumentException("BodyContentType must be a header value: printable ASCII, no line breaks.", nameof(BodyContentType));
        }

        var length = (long)(Body?.Length ?? 0) * BodyRepeat;
        if (Body is not null && !HeaderText.StatusHasBody(BodyStatusCode) && (length > 0 || BodyChunked))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"HTTP {BodyStatusCode} answers carry no body: leave Body empty and BodyChunked off."),
                nameof(Body));
        }

        if (ResetAfterBodyBytes is not { } cut)
        {
            return;
        }

        if (cut < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ResetAfterBodyBytes), cut, "A byte count cannot be negative.");
        }

        // At least one byte must stay unsent, or the client would read a whole body and the reset could go unnoticed.
        var limit = Body is null ? FaultBodies.ResetSource.Length : length;
        if (cut >= limit)
        {
            throw new ArgumentOutOfRangeException(
                nameof(ResetAfterBodyBytes),
                cut,
                Body is null
                    ? string.Create(CultureInfo.InvariantCulture, $"ResetAfterBodyBytes must be smaller than the built-in answer it cuts ({limit} bytes); set Body for a longer one.")
                    : string.Create(CultureInfo.InvariantCulture, $"ResetAfterBodyBytes must be smaller than the Body it cuts (Body.Length × BodyRepeat = {limit} bytes)."));
        }
    }

    private void ValidateResponseHeaders(int answers)
    {
        if (_responseHeaders.Count == 0)
        {
            return;
        }

        if (answers == 0 || ResetConnection || CloseWithoutResponse)
        {
            throw new ArgumentException(
                "ResponseHeaders go on a fault's answer: set one that sends headers (a status, a redirect, a body, a malformed or a truncated body), not ResetConnection or CloseWithoutResponse.");
        }

        foreach (var (name, value) in _responseHeaders)
        {
            if (!HeaderText.IsToken(name))
            {
                throw new ArgumentException($"ResponseHeaders: '{name}' is not a header name.");
            }

            if (HeaderText.IsFraming(name))
            {
                throw new ArgumentException(
                    $"ResponseHeaders cannot set {name}: the answer's framing comes from BodyChunked, TruncatedBody or ResetAfterBodyBytes.");
            }

            if (value is null || !HeaderText.IsValue(value))
            {
                throw new ArgumentException($"ResponseHeaders: the value of {name} must be printable ASCII without line breaks.");
            }
        }
    }
}
