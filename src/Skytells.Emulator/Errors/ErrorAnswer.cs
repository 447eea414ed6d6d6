using System.Globalization;
using Microsoft.AspNetCore.Http;
using Skytells.Emulator.Hosting;
using Skytells.Emulator.Http;
using Skytells.Emulator.Json;

namespace Skytells.Emulator.Errors;

/// <summary>
/// Picks the error envelope by path: the inference endpoints (chat, responses, embeddings) answer in their
/// OpenAI-compatible envelope, every other path in the unified REST one. Choosing by path (not route) keeps
/// authentication failures, injected faults and unknown methods on an inference path in the envelope its clients parse.
/// </summary>
internal static class ErrorAnswer
{
    private static readonly string[] InferencePaths = ["/chat/completions", "/responses", "/embeddings"];

    public static ApiResult For(ApiError error, HttpContext context)
    {
        var path = (context.Request.Path.Value ?? "/").TrimEnd('/');
        var result = InferencePaths.Any(p => path.EndsWith(p, StringComparison.OrdinalIgnoreCase))
            ? ApiResult.Json(error.StatusCode, InferenceBody(error, RequestIdOf(context)), EmulatorJson.Default.InferenceErrorBody)
            : ApiResult.Json(error.StatusCode, RestErrorBody.From(error), EmulatorJson.Default.RestErrorBody);
        if (error.RetryAfter is { } retryAfter)
        {
            // Whole seconds, rounded up: rounding down would invite a retry too early.
            result.Headers["Retry-After"] = ((long)Math.Ceiling(Math.Max(0, retryAfter.TotalSeconds))).ToString(CultureInfo.InvariantCulture);
        }

        return result;
    }

    /// <summary>The <c>x-request-id</c> the pipeline gave this exchange, which the inference envelope repeats.</summary>
    public static string? RequestIdOf(HttpContext context) =>
        context.Response.Headers[RequestIds.HeaderName].ToString() is { Length: > 0 } id ? id : null;

    public static InferenceErrorBody InferenceBody(ApiError e, string? requestId) => new(new InferenceError(
        e.Message,
        e.StatusCode switch
        {
            // The types OpenAI-compatible clients switch on (spec section 5 lists them next to the ids).
            401 => "authentication_error",
            403 => "permission_error",
            429 => "rate_limit_error",
            >= 500 => "server_error",
            _ => "invalid_request_error",
        },

        // The codes are the ids in lower case, except the key error, which OpenAI clients know as invalid_api_key.
        e.ErrorId == ErrorIds.Unauthorized ? "invalid_api_key" : e.ErrorId.ToLowerInvariant(),
        e.ErrorId,
        e.StatusCode,
        e.Param,
        requestId,
        new InferenceErrorDetails(e.StatusCode switch
        {
            401 or 403 => "authentication",
            402 => "billing",
            429 => "rate_limit",
            >= 500 => "inference",
            _ => "request",
        })));
}
