using System.Buffers;

namespace Skytells;

/// <summary>
/// Handles a delivery end to end: verifies the signature over the raw bytes, parses the event and drops
/// redeliveries through an <see cref="IWebhookIdempotencyStore"/>.
/// </summary>
public sealed class WebhookReceiver
{
    private readonly WebhookVerifier _verifier;
    private readonly IWebhookIdempotencyStore _store;

    /// <summary>Creates a receiver for <paramref name="secret"/> (API key or webhook secret), remembering deliveries in <paramref name="store"/> (in memory by default).</summary>
    public WebhookReceiver(string secret, IWebhookIdempotencyStore? store = null)
    {
        _verifier = new WebhookVerifier(secret);
        _store = store ?? new InMemoryWebhookIdempotencyStore();
    }

    /// <summary>Largest body <see cref="ReceiveAsync(Stream, string?, CancellationToken)"/> reads before refusing it. Default 1 MiB.</summary>
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

    /// <summary>Verifies, parses and de-duplicates one delivery.</summary>
    /// <exception cref="SkytellsWebhookException">The signature is wrong or missing, or the body is not a delivery.</exception>
    public async ValueTask<WebhookDelivery> ReceiveAsync(ReadOnlyMemory<byte> body, string? signature, CancellationToken cancellationToken = default)
    {
        if (!_verifier.Verify(body.Span, signature))
        {
            throw new SkytellsWebhookException(SkytellsWebhookException.SignatureInvalidErrorId, SignatureProblem(signature));
        }

        var webhookEvent = WebhookEventParser.Parse(body.Span);
        var first = await _store.TryMarkAsync(webhookEvent.IdempotencyKey, cancellationToken).ConfigureAwait(false);
        return new WebhookDelivery(webhookEvent, IsDuplicate: !first);
    }

    /// <summary>Reads <paramref name="body"/> (for example <c>HttpRequest.Body</c>) and handles it as <see cref="ReceiveAsync(ReadOnlyMemory{byte}, string?, CancellationToken)"/>.</summary>
    /// <exception cref="SkytellsWebhookException">
    /// The body is larger than <see cref="MaxBodyBytes"/> (refused having read at most one byte past it), the signature
    /// is wrong or missing, or the body is not a delivery.
    /// </exception>
    public async ValueTask<WebhookDelivery> ReceiveAsync(Stream body, string? signature, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(WebhookBodyReader.ChunkBytes);
        try
        {
            // An unauthenticated sender must not be able to make the receiver buffer without bound: the limit is
            // checked on each chunk before it is kept.
            int read;
            while ((read = await WebhookBodyReader.ReadChunkAsync(body, chunk.AsMemory(0, WebhookBodyReader.ChunkBytes), buffer.Length, MaxBodyBytes, cancellationToken).ConfigureAwait(false)) > 0)
            {
                Reserve(buffer, buffer.Length + read);
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            // The pooled array held a delivery (prompts, output URLs): the next renter must not see it.
            ArrayPool<byte>.Shared.Return(chunk, clearArray: true);
        }

        return await ReceiveAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), signature, cancellationToken).ConfigureAwait(false);
    }

    // MemoryStream doubles its capacity on its own, which could reserve nearly twice MaxBodyBytes; this never passes it.
    private void Reserve(MemoryStream buffer, long needed)
    {
        if (needed > buffer.Capacity)
        {
            buffer.Capacity = (int)Math.Min(Math.Max(needed, 2L * buffer.Capacity), MaxBodyBytes);
        }
    }

    private static string SignatureProblem(string? signature) =>
        signature is null ? $"The delivery has no {WebhookVerifier.SignatureHeader} header."
        : string.IsNullOrWhiteSpace(signature) ? $"The {WebhookVerifier.SignatureHeader} header is empty."
        : $"The {WebhookVerifier.SignatureHeader} header does not match the body.";
}
