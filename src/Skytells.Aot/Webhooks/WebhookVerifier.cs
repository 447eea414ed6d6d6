using System.Buffers;
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

    /// <summary>
    /// Largest body <see cref="VerifyAsync(Stream, string?, CancellationToken)"/> reads before refusing it. Default 1 MiB,
    /// as <see cref="WebhookReceiver.MaxBodyBytes"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is zero or negative.</exception>
    public int MaxBodyBytes
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            field = value;
        }
    } = 1024 * 1024;

    /// <summary>True when <paramref name="signature"/> is the body's signature (surrounding spaces and hex case ignored).</summary>
    public bool Verify(ReadOnlySpan<byte> body, string? signature)
    {
        Span<byte> expected = stackalloc byte[SignatureBytes];
        HMACSHA256.HashData(_key, body, expected);
        return Matches(expected, signature);
    }

    /// <summary>
    /// Reads <paramref name="body"/> to its end, hashing as it goes, and checks <paramref name="signature"/> as
    /// <see cref="Verify(ReadOnlySpan{byte}, string?)"/> does. Stops reading once the body passes <see cref="MaxBodyBytes"/>.
    /// </summary>
    /// <exception cref="SkytellsWebhookException">The body is larger than <see cref="MaxBodyBytes"/> (<c>PAYLOAD_TOO_LARGE</c>).</exception>
    public async Task<bool> VerifyAsync(Stream body, string? signature, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var hash = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        var chunk = ArrayPool<byte>.Shared.Rent(WebhookBodyReader.ChunkBytes);
        try
        {
            long total = 0;
            int read;
            while ((read = await WebhookBodyReader.ReadChunkAsync(body, chunk.AsMemory(0, WebhookBodyReader.ChunkBytes), total, MaxBodyBytes, cancellationToken).ConfigureAwait(false)) > 0)
            {
                hash.AppendData(chunk, 0, read);
                total += read;
            }
        }
        finally
        {
            // The pooled array held a delivery (prompts, output URLs): the next renter must not see it.
            ArrayPool<byte>.Shared.Return(chunk, clearArray: true);
        }

        return Matches(hash.GetHashAndReset(), signature);
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
