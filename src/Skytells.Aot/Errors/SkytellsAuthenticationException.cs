namespace Skytells;

/// <summary>The API key is missing or invalid (HTTP 401).</summary>
public class SkytellsAuthenticationException : SkytellsException
{
    /// <summary>Creates the exception from an error response.</summary>
    public SkytellsAuthenticationException(SkytellsErrorInfo error, Exception? innerException = null)
        : base(error, innerException)
    {
    }
}
