using System.Text;

namespace Skytells.Emulator;

/// <summary>One request the emulator received, with what it answered.</summary>
/// <param name="Gateway">The gateway (port) the request arrived on.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The request path, e.g. <c>/v1/predictions</c>.</param>
/// <param name="Query">The query string without the leading <c>?</c>; empty when there is none.</param>
/// <param name="Headers">The request headers (case-insensitive names; repeated headers joined with commas).</param>
/// <param name="Body">The raw request body as UTF-8 text; empty when there is none.</param>
/// <param name="StatusCode">The status the emulator answered, or 0 when it reset or closed the connection without one or the client went away first.</param>
/// <param name="ReceivedAt">When the request arrived, on the emulator's <see cref="EmulatorOptions.TimeProvider"/>.</param>
public sealed record RecordedRequest(
    EmulatorGateway Gateway,
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    int StatusCode,
    DateTimeOffset ReceivedAt)
{
    /// <summary>
    /// The request target exactly as it arrived on the wire (path and query, percent-escapes kept), where
    /// <see cref="Path"/> is decoded: tells <c>/v1/predictions/a%2Fb</c> from <c>/v1/predictions/a/b</c>.
    /// </summary>
    public string RawTarget { get; init; } = string.Empty;

    private static readonly HashSet<string> SecretHeaders = new(StringComparer.OrdinalIgnoreCase) { "x-api-key", "authorization" };

    /// <summary>A one-line summary; the values of <c>x-api-key</c> and <c>Authorization</c> are masked.</summary>
    public override string ToString()
    {
        var text = new StringBuilder()
            .Append(Gateway).Append(' ').Append(Method).Append(' ').Append(Path);
        if (Query.Length > 0)
        {
            text.Append('?').Append(Query);
        }

        text.Append(" -> ").Append(StatusCode).Append(" [");
        var first = true;
        foreach (var (name, value) in Headers)
        {
            text.Append(first ? string.Empty : ", ").Append(name).Append(": ").Append(SecretHeaders.Contains(name) ? "***" : value);
            first = false;
        }

        return text.Append("] body ").Append(Body.Length).Append(" chars").ToString();
    }
}
