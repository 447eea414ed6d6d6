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
    public int MaxBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>Verifies, parses and de-duplicates one delivery.</summary>
    /// <exception cref="SkytellsWebhookException">The signature is wrong or missing, or the body is not a delivery.</exception>
    public async ValueTask<WebhookDelivery> ReceiveAsync(ReadOnlyMemory<byte> body, string? signature, CancellationToken cancellationToken = default)
    {
        if (!_verifier.Verify(body.Span, signature))
        {
            throw new SkytellsWebhookException(
                SkytellsWebhookException.SignatureInvalidErrorId,
                signature is null ? $"The delivery has no {WebhookVerifier.SignatureHeader} header." : $"The {WebhookVerifier.SignatureHeader} header does not match the body.");
        }

        var webhookEvent = WebhookEventParser.Parse(body.Span);
        var first = await _store.TryMarkAsync(webhookEvent.IdempotencyKey, cancellationToken).ConfigureAwait(false);
        return new WebhookDelivery(webhookEvent, IsDuplicate: !first);
    }

    /// <summary>Reads <paramref name="body"/> (for example <c>HttpRequest.Body</c>) and handles it as <see cref="ReceiveAsync(ReadOnlyMemory{byte}, string?, CancellationToken)"/>.</summary>
    public async ValueTask<WebhookDelivery> ReceiveAsync(Stream body, string? signature, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            // An unauthenticated sender must not be able to make the receiver buffer without bound.
            if (buffer.Length + read > MaxBodyBytes)
            {
                throw new SkytellsWebhookException(SkytellsWebhookException.PayloadTooLargeErrorId, $"The delivery is larger than {MaxBodyBytes} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        return await ReceiveAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), signature, cancellationToken).ConfigureAwait(false);
    }
}
