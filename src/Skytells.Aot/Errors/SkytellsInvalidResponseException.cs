namespace Skytells;

/// <summary>
/// The server answered with a body the client cannot read (malformed JSON, wrong shape or content type).
/// <see cref="ResponseBody"/> keeps what was received so nothing is lost.
/// </summary>
public sealed class SkytellsInvalidResponseException : SkytellsException
{
    /// <summary>The error id of this failure.</summary>
    public const string InvalidResponseErrorId = "INVALID_RESPONSE";

    /// <summary>The error id when a response, error body or stream event exceeded its size limit.</summary>
    public const string ResponseTooLargeErrorId = "RESPONSE_TOO_LARGE";

    /// <summary>Creates the exception.</summary>
    public SkytellsInvalidResponseException(SkytellsErrorInfo error, string? responseBody, Exception? innerException = null)
        : base(error, innerException)
    {
        ResponseBody = responseBody;
    }

    /// <summary>The body as received (UTF-8 text, possibly cut at a size limit).</summary>
    public string? ResponseBody { get; }
}
