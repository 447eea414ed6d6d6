namespace Skytells;

/// <summary>
/// The server answered with a redirect, or a caller-supplied <see cref="HttpClient"/> followed one away from the
/// configured gateways. The client never follows redirects itself, so the API key and the request body stay with
/// the gateway; the call is not retried.
/// </summary>
public sealed class SkytellsRedirectException : SkytellsException
{
    /// <summary>The error id of this failure.</summary>
    public const string RedirectErrorId = "REDIRECT_REFUSED";

    /// <summary>Creates the exception.</summary>
    public SkytellsRedirectException(SkytellsErrorInfo error, string? location, bool followedByHttpClient)
        : base(error)
    {
        Location = location;
        FollowedByHttpClient = followedByHttpClient;
    }

    /// <summary>Where the redirect pointed (absolute, secrets redacted), when the server said.</summary>
    public string? Location { get; }

    /// <summary>
    /// True when a caller-supplied <see cref="HttpClient"/> already followed the redirect (turn off
    /// <see cref="HttpClientHandler.AllowAutoRedirect"/> on it); false when the client refused to follow it.
    /// </summary>
    public bool FollowedByHttpClient { get; }
}
