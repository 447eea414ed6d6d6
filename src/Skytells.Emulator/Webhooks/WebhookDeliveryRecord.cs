namespace Skytells.Emulator;

/// <summary>One attempt of the emulator to deliver a webhook, as <see cref="SkytellsEmulator.WebhookDeliveries"/> lists it.</summary>
/// <param name="PredictionId">The prediction the event is about.</param>
/// <param name="EventType">
/// <c>prediction.started</c> (processing began), <c>prediction.succeeded</c>, <c>prediction.failed</c> or
/// <c>prediction.cancelled</c>, whatever vocabulary the subscription used.
/// </param>
/// <param name="Url">The webhook URL as the create request gave it.</param>
/// <param name="Attempt">1 for the first try of an event, counting up on retries.</param>
/// <param name="StatusCode">The receiver's HTTP status, or 0 when none came (connection error, timeout, undeliverable URL).</param>
/// <param name="Body">The exact body sent, as UTF-8 text (the signature covers its UTF-8 bytes).</param>
/// <param name="Signature">The <c>X-Skytells-Signature</c> header value sent.</param>
/// <param name="SentAt">When the attempt was made, on the emulator's <see cref="EmulatorOptions.TimeProvider"/>.</param>
/// <param name="Error">Why no answer came; null when the receiver answered.</param>
public sealed record WebhookDeliveryRecord(
    string PredictionId,
    string EventType,
    string Url,
    int Attempt,
    int StatusCode,
    string Body,
    string Signature,
    DateTimeOffset SentAt,
    string? Error)
{
    /// <summary>True when the receiver answered with a 2xx status, which ends the retries of this event.</summary>
    public bool Succeeded => StatusCode is >= 200 and <= 299;

    /// <summary>A one-line summary without the body. The record never holds the signing key, so none can show here.</summary>
    public override string ToString() =>
        $"Webhook {EventType} for {PredictionId} to {Url}, attempt {Attempt} -> {(StatusCode == 0 ? Error ?? "no answer" : StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture))}";
}
