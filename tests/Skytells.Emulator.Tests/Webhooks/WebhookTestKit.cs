using System.Security.Cryptography;
using System.Text;
using Skytells.Emulator.Tests.Infrastructure;

namespace Skytells.Emulator.Tests.Webhooks;

/// <summary>Helpers shared by the webhook tests.</summary>
internal static class WebhookTestKit
{
    /// <summary>A safety net only: a test that waits this long has failed.</summary>
    public static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;

    /// <summary>The expected signature, computed here with the BCL rather than with the emulator's code.</summary>
    public static string Hmac(string key, byte[] body) => Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), body));

    public static string Id(this ApiResponse response) => response.AssertOk().Str("id");

    /// <summary>A JSON fragment to append to a create body: <c>,"webhook":...</c> (URLs here need no escaping).</summary>
    public static string Webhook(string webhookJson) => $""","webhook":{webhookJson}""";

    /// <summary>A bare string webhook, which subscribes to the terminal events.</summary>
    public static string WebhookUrl(string url) => Webhook($"\"{url}\"");

    public static Task<WebhookDeliveryRecord> WaitForAsync(this SkytellsEmulator emulator, string predictionId, string eventType, int attempt = 1) =>
        emulator.WaitForWebhookAsync(r => r.PredictionId == predictionId && r.EventType == eventType && r.Attempt == attempt, Token);

    public static IReadOnlyList<WebhookDeliveryRecord> DeliveriesOf(this SkytellsEmulator emulator, string predictionId) =>
        emulator.WebhookDeliveries.Where(r => r.PredictionId == predictionId).ToList();
}
