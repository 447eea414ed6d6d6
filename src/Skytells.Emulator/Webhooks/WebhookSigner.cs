using System.Security.Cryptography;
using System.Text;

namespace Skytells.Emulator.Webhooks;

/// <summary>Signs a delivery as spec section 7 describes: lowercase hex HMAC-SHA256 over the exact body bytes.</summary>
internal static class WebhookSigner
{
    public const string HeaderName = "X-Skytells-Signature";

    public static string Sign(string secret, ReadOnlySpan<byte> body)
    {
        var key = Encoding.UTF8.GetBytes(secret);
        try
        {
            Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
            HMACSHA256.HashData(key, body, hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            // The key copy is a secret; do not leave it for the GC to hand out again.
            CryptographicOperations.ZeroMemory(key);
        }
    }
}
