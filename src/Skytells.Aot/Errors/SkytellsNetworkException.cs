namespace Skytells;

/// <summary>
/// The request could not be completed at the transport level (connection refused or reset, body cut short).
/// <see cref="MayHaveReachedServer"/> says whether the server could have acted on it.
/// </summary>
public sealed class SkytellsNetworkException : SkytellsException
{
    /// <summary>The error id of this failure.</summary>
    public const string NetworkErrorId = "NETWORK_ERROR";

    /// <summary>Creates the exception.</summary>
    public SkytellsNetworkException(SkytellsErrorInfo error, bool mayHaveReachedServer, Exception? innerException = null)
        : base(error, innerException)
    {
        MayHaveReachedServer = mayHaveReachedServer;
    }

    /// <summary>False only when the connection failed before the request was sent.</summary>
    public bool MayHaveReachedServer { get; }
}
