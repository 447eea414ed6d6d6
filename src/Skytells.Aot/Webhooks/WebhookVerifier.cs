using System.Security.Cryptography;
using System.Text;

namespace Skytells;

/// <summary>
/// Verifies <c>X-Skytells-Signature</c>: the lowercase hex HMAC-SHA256 of the raw request body, keyed with the API key
/// (default) or a dedicated webhook secret. Works on the bytes as received (re-serialised JSON would not match) and
/// compares in constant time. The secret never appears in <see cref="ToString"/>.
/// </summary>
public sealed class WebhookVerifier
{
    /// <summary>The header carrying the signature.</summary>
    public const string SignatureHeader = "X-Skytells-Signature";

    private const int SignatureBytes = 32;
    private readonly byte[] _key;

    /// <summary>Creates a verifier for <paramref name="secret"/> (the API key, or the webhook secret of an enterprise account).</summary>
    public WebhookVerifier(string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        _key = Encoding.UTF8.GetBytes(secret);
    }

    /// <summary>True when <paramref name="signature"/> is the body's signature (surrounding spaces and hex case ignored).</summary>
    public bool Verify(ReadOnlySpan<byte> body, string? signature)
    {
        Span<byte> expected = stackalloc byte[SignatureBytes];
        HMACSHA256.HashData(_key, body, expected);
        return Matches(expected, signature);
    }

    /// <summary>Reads <paramref name="body"/> to its end, hashing as it goes, and checks <paramref name="signature"/>.</summary>
    public async Task<bool> VerifyAsync(Stream body, string? signature, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        var expected = await HMACSHA256.HashDataAsync(_key, body, cancellationToken).ConfigureAwait(false);
        return Matches(expected, signature);
    }

    /// <summary>The signature a sender puts on <paramref name="body"/> (lowercase hex).</summary>
    public string Sign(ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[SignatureBytes];
        HMACSHA256.HashData(_key, body, hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Describes the verifier without its secret.</summary>
    public override string ToString() => "WebhookVerifier { Secret = <redacted> }";

    private static bool Matches(ReadOnlySpan<byte> expected, string? signature)
    {
        var text = signature.AsSpan().Trim();
        if (text.Length != SignatureBytes * 2)
        {
            return false;
        }

        Span<byte> received = stackalloc byte[SignatureBytes];
        if (Convert.FromHexString(text, received, out _, out var written) != System.Buffers.OperationStatus.Done || written != SignatureBytes)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(expected, received);
    }
}
