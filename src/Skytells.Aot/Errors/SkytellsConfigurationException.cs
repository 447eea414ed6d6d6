namespace Skytells;

/// <summary>The client is not configured well enough to send a request (for example, no API key).</summary>
public sealed class SkytellsConfigurationException : SkytellsException
{
    /// <summary>Creates the exception.</summary>
    public SkytellsConfigurationException(string message)
        : base(message)
    {
    }
}
