using Microsoft.AspNetCore.Http;
using Skytells.Emulator.Http;

namespace Skytells.Emulator.Faults;

/// <summary>
/// An answer sent byte for byte: a rule's <see cref="EmulatorFault.Body"/> (repeated), or the answer a
/// <see cref="EmulatorFault.ResetAfterBodyBytes"/> rule cuts.
/// </summary>
internal sealed class RawAnswer
{
    private RawAnswer(int statusCode, string? contentType, ReadOnlyMemory<byte> body, int repeat, bool chunked)
    {
        StatusCode = statusCode;
        ContentType = contentType;
        Body = body;
        Repeat = repeat;
        Chunked = chunked;
    }

    public int StatusCode { get; }

    /// <summary>Null or empty: no <c>Content-Type</c> header at all.</summary>
    public string? ContentType { get; }

    public ReadOnlyMemory<byte> Body { get; }

    public int Repeat { get; }

    public bool Chunked { get; }

    /// <summary>Headers of the emulator's own answer that a cut answer keeps (rate limits, for instance).</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; private init; }

    public long Length => (long)Body.Length * Repeat;

    /// <param name="fault">A rule with a <see cref="EmulatorFault.Body"/>.</param>
    public static RawAnswer FromBody(EmulatorFault fault) =>
        new(fault.BodyStatusCode, fault.BodyContentType ?? ApiResult.JsonContentType, fault.Body, fault.BodyRepeat, fault.BodyChunked);

    /// <summary>What a reset after <paramref name="cut"/> bytes cuts: the rule's body, else the real answer if it is longer, else the built-in one.</summary>
    public static RawAnswer ToCut(EmulatorFault fault, ApiResult? handled, int cut)
    {
        if (fault.Body is not null)
        {
            return FromBody(fault);
        }

        // A stream has no body up front and a short answer would end before the cut: both fall back to the built-in body.
        return handled is not null && handled.Body.Length > cut
            ? new RawAnswer(handled.StatusCode, handled.ContentType, handled.Body, 1, chunked: false) { Headers = handled.Headers }
            : new RawAnswer(200, ApiResult.JsonContentType, FaultBodies.ResetSource, 1, chunked: false);
    }

    /// <summary>Sets status and headers; the framing is <c>Content-Length</c> unless chunked (or a status without a body).</summary>
    public void Prepare(HttpResponse response)
    {
        response.StatusCode = StatusCode;
        if (!string.IsNullOrEmpty(ContentType))
        {
            response.ContentType = ContentType;
        }

        foreach (var (name, value) in Headers ?? new Dictionary<string, string>())
        {
            response.Headers[name] = value;
        }

        if (!Chunked && HeaderText.StatusHasBody(StatusCode))
        {
            response.ContentLength = Length;
        }
    }
}
