using Microsoft.Net.Http.Headers;

namespace Skytells.Emulator.Faults;

/// <summary>What a fault may put in a response header, checked when the rule is injected rather than when Kestrel throws.</summary>
internal static class HeaderText
{
    private const string TokenSymbols = "!#$%&'*+-.^_`|~";

    /// <summary>An RFC 9110 token, the only thing a header name can be.</summary>
    public static bool IsToken(string name) => name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || TokenSymbols.Contains(c, StringComparison.Ordinal));

    /// <summary>
    /// Printable ASCII and tabs: Kestrel refuses other characters in response headers, and a line break would let a
    /// value forge headers of its own.
    /// </summary>
    public static bool IsValue(string value) => value.All(c => c == '\t' || c is >= ' ' and <= '~');

    /// <summary>Headers that frame the body, which the server must own or the client's reads turn undefined.</summary>
    public static bool IsFraming(string name) =>
        string.Equals(name, HeaderNames.ContentLength, StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, HeaderNames.TransferEncoding, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a response with this status may have a body (Kestrel refuses to write one for 204, 205 and 304).</summary>
    public static bool StatusHasBody(int status) => status is not (204 or 205 or 304);
}
