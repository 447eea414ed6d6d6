namespace Skytells;

/// <summary>The key is valid but not allowed to do this (HTTP 403), for example the Edge gateway on a Free or Pro plan.</summary>
public class SkytellsPermissionException : SkytellsException
{
    /// <summary>Creates the exception from an error response.</summary>
    public SkytellsPermissionException(SkytellsErrorInfo error, Exception? innerException = null)
        : base(error, innerException)
    {
    }
}
