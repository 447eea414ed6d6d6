namespace Skytells;

/// <summary>The request was rejected as invalid (HTTP 400 or 422).</summary>
public class SkytellsValidationException : SkytellsException
{
    /// <summary>Creates the exception from an error response.</summary>
    public SkytellsValidationException(SkytellsErrorInfo error, Exception? innerException = null)
        : base(error, innerException)
    {
    }
}
