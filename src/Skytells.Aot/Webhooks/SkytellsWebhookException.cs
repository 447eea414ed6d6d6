namespace Skytells;

/// <summary>A webhook delivery was rejected: a wrong or missing signature, or a body that is not a delivery.</summary>
public sealed class SkytellsWebhookException : SkytellsException
{
    /// <summary>Error id of a signature mismatch.</summary>
    public const string SignatureInvalidErrorId = "WEBHOOK_SIGNATURE_INVALID";

    /// <summary>Error id of a body larger than the receiver accepts.</summary>
    public const string PayloadTooLargeErrorId = "PAYLOAD_TOO_LARGE";

    /// <summary>Error id of an unreadable body.</summary>
    public const string InvalidJsonErrorId = "INVALID_JSON";

    internal SkytellsWebhookException(string errorId, string message, Exception? innerException = null)
        : base(new SkytellsErrorInfo { ErrorId = errorId, Message = message }, innerException)
    {
    }

    // One wording for the verifier and the receiver; it names the limit and nothing of the body or the secret.
    internal static SkytellsWebhookException PayloadTooLarge(int limit) =>
        new(PayloadTooLargeErrorId, $"The delivery is larger than {limit} bytes.");
}
