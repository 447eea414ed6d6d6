using Skytells.Emulator.Errors;
using Skytells.Emulator.Http;

namespace Skytells.Emulator.RateLimits;

/// <summary>
/// Where the dispatcher applies the request window: after authentication (limits belong to a key) and before the
/// handler, so that a rejected request does no work. Stream slots are taken later, by the streaming handler, once
/// it knows the request streams.
/// </summary>
internal static class RateLimitGate
{
    /// <summary>Counts the request, or returns the 429 to send instead; keeps the verdict for <see cref="Stamp"/>.</summary>
    public static ApiResult? Admit(ApiRequest request)
    {
        var limiter = request.Account.RateLimits.For(request.Gateway);
        if (limiter.Admit() is not { } admission)
        {
            return null;
        }

        request.RateLimit = admission;
        return admission.Admitted ? null : Stamp(request, ErrorAnswer.For(RateLimitErrors.TooManyRequests(admission), request.Http));
    }

    /// <summary>Adds the rate-limit headers to successful answers and to 429s (clients read them on both).</summary>
    public static ApiResult Stamp(ApiRequest request, ApiResult result)
    {
        if (request.RateLimit is { } admission && (result.StatusCode is >= 200 and < 300 || result.StatusCode == 429))
        {
            var openStreams = request.Account.RateLimits.For(request.Gateway).OpenStreams;
            RateLimitHeaders.Write(result, admission, request.Gateway, openStreams);
        }

        return result;
    }
}
