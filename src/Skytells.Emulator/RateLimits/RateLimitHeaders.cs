using System.Globalization;
using Skytells.Emulator.Http;

namespace Skytells.Emulator.RateLimits;

/// <summary>
/// The rate-limit headers of spec section 6: the current <c>x-skytells-ratelimit-*</c> family on both gateways and,
/// on Edge, the legacy <c>X-RateLimit-*</c> family its older docs show. Token limits are not modelled: <c>-</c>.
/// </summary>
internal static class RateLimitHeaders
{
    private const string NotApplicable = "-";

    public static void Write(ApiResult result, RateAdmission admission, EmulatorGateway gateway, int openStreams)
    {
        var limit = admission.Limit;
        var headers = result.Headers;
        headers["x-skytells-ratelimit-limit-requests"] = Number(limit.RequestsPerWindow);
        headers["x-skytells-ratelimit-remaining-requests"] = Number(admission.Remaining);
        headers["x-skytells-ratelimit-window"] = Number((long)Math.Ceiling(limit.Window.TotalSeconds));
        headers["x-skytells-ratelimit-limit-tokens-in"] = NotApplicable;
        headers["x-skytells-ratelimit-remaining-tokens-in"] = NotApplicable;
        headers["x-skytells-ratelimit-limit-tokens-out"] = NotApplicable;
        headers["x-skytells-ratelimit-remaining-tokens-out"] = NotApplicable;
        if (gateway != EmulatorGateway.Edge)
        {
            return;
        }

        headers["X-RateLimit-Limit-RPM"] = Number(limit.RequestsPerWindow);
        headers["X-RateLimit-Remaining-RPM"] = Number(admission.Remaining);
        headers["X-RateLimit-Limit-Streams"] = Number(limit.ConcurrentStreams);
        headers["X-RateLimit-Remaining-Streams"] = Number(Math.Max(0, limit.ConcurrentStreams - openStreams));

        // Rounded up: a client that waits until the stated second finds the slot free.
        headers["X-RateLimit-Reset"] = Number((long)Math.Ceiling(admission.ResetAt.ToUnixTimeMilliseconds() / 1000.0));
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
