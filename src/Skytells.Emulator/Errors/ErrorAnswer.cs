using Microsoft.AspNetCore.Http;
using Skytells.Emulator.Hosting;
using Skytells.Emulator.Http;

namespace Skytells.Emulator.Errors;

/// <summary>
/// Picks the error envelope by path: the inference endpoints answer in their OpenAI-compatible envelope, every
/// other path in the unified REST one. Choosing by path (not route) keeps authentication failures, injected faults
/// and unknown methods on an inference path in the envelope its clients parse.
/// </summary>
internal static class ErrorAnswer
{
    public static ApiResult For(ApiError error, HttpContext context) =>
        InferenceErrorEnvelope.AppliesTo(context.Request.Path.Value ?? "/")
            ? InferenceErrorEnvelope.ToResult(error, RequestIdOf(context))
            : ErrorEnvelope.ToResult(error);

    /// <summary>The <c>x-request-id</c> the pipeline gave this exchange, which the inference envelope repeats.</summary>
    public static string? RequestIdOf(HttpContext context)
    {
        var id = context.Response.Headers[RequestIds.HeaderName].ToString();
        return id.Length > 0 ? id : null;
    }
}
