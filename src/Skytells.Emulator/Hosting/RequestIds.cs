using System.Security.Cryptography;

namespace Skytells.Emulator.Hosting;

/// <summary>Makes the <c>x-request-id</c> values (<c>req_</c> plus random characters, as the API's own).</summary>
internal static class RequestIds
{
    public const string HeaderName = "x-request-id";

    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    public static string New() => "req_" + RandomNumberGenerator.GetString(Alphabet, 24);
}
