namespace Skytells;

/// <summary>The account has no credits left for this request (HTTP 402).</summary>
public class SkytellsPaymentRequiredException : SkytellsException
{
    /// <summary>Creates the exception from an error response.</summary>
    public SkytellsPaymentRequiredException(SkytellsErrorInfo error, Exception? innerException = null)
        : base(error, innerException)
    {
    }
}
