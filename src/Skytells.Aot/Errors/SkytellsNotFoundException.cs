namespace Skytells;

/// <summary>The prediction, model or endpoint does not exist (HTTP 404).</summary>
public class SkytellsNotFoundException : SkytellsException
{
    /// <summary>Creates the exception from an error response.</summary>
    public SkytellsNotFoundException(SkytellsErrorInfo error, Exception? innerException = null)
        : base(error, innerException)
    {
    }
}
