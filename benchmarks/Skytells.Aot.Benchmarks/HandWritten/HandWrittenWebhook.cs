using System.Security.Cryptography;
using System.Text;

namespace Skytells.Benchmarks.HandWritten;

/// <summary>The bare signature check: decode the hex header, HMAC the body, compare in constant time.</summary>
public sealed class HandWrittenWebhook(string secret)
{
    private readonly byte[] _key = Encoding.UTF8.GetBytes(secret);

    public bool Verify(ReadOnlySpan<byte> body, string signature)
    {
        Span<byte> given = stackalloc byte[32];
        if (signature.Length != 64 || Convert.FromHexString(signature, given, out _, out _) != System.Buffers.OperationStatus.Done)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[32];
        HMACSHA256.HashData(_key, body, expected);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
