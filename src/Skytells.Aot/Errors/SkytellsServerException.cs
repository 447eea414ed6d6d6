namespace Skytells;

/// <summary>The server failed (HTTP 5xx).</summary>
public class SkytellsServerException : SkytellsException
{
    /// <summary>Creates the exception from an error response.</summary>
    public SkytellsServerException(SkytellsErrorInfo error, Exception? innerException = null)
        : base(error, innerException)
    {
    }
}
