using System.Globalization;
using Skytells.Emulator.Http;

namespace Skytells.Emulator.Errors;

/// <summary>
/// Writes the OpenAI-compatible error envelope of the inference endpoints (spec section 5, shape 2):
/// <c>{"error":{"message","type","code","error_id","status","param","request_id","details"}}</c>.
/// </summary>
internal static class InferenceErrorEnvelope
{
    // The inference endpoints of spec section 2 (chat, responses, embeddings); everything else is REST.
    private static readonly string[] InferencePaths = ["/chat/completions", "/responses", "/embeddings"];

    /// <summary>Whether errors of a path use this envelope rather than the unified REST one.</summary>
    public static bool AppliesTo(string path)
    {
        var trimmed = path.TrimEnd('/');
        foreach (var suffix in InferencePaths)
        {
            if (trimmed.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static byte[] Serialize(ApiError error, string? requestId) => JsonBody.Write((error, requestId), static (writer, state) =>
    {
        var (e, id) = state;
        writer.WriteStartObject();
        writer.WritePropertyName("error");
        writer.WriteStartObject();
        writer.WriteString("message", e.Message);
        writer.WriteString("type", TypeOf(e.StatusCode));
        writer.WriteString("code", CodeOf(e.ErrorId));
        writer.WriteString("error_id", e.ErrorId);
        writer.WriteNumber("status", e.StatusCode);
        writer.WriteNullableString("param", e.Param);
        writer.WriteNullableString("request_id", id);
        writer.WritePropertyName("details");
        writer.WriteStartObject();
        writer.WriteString("category", CategoryOf(e.StatusCode));
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    public static ApiResult ToResult(ApiError error, string? requestId)
    {
        var result = new JsonResult(error.StatusCode, Serialize(error, requestId));
        if (error.RetryAfter is { } retryAfter)
        {
            // Whole seconds rounded up, as the REST envelope does: rounding down would invite a retry too early.
            result.Headers["Retry-After"] = ((long)Math.Ceiling(Math.Max(0, retryAfter.TotalSeconds))).ToString(CultureInfo.InvariantCulture);
        }

        return result;
    }

    // The types OpenAI-compatible clients switch on (spec section 5 lists them next to the ids).
    private static string TypeOf(int status) => status switch
    {
        401 => "authentication_error",
        403 => "permission_error",
        429 => "rate_limit_error",
        >= 500 => "server_error",
        _ => "invalid_request_error",
    };

    // The spec's codes are the ids in lower case, except the key error, which OpenAI clients know as invalid_api_key.
    private static string CodeOf(string errorId) =>
        errorId == ErrorIds.Unauthorized ? "invalid_api_key" : errorId.ToLowerInvariant();

    private static string CategoryOf(int status) => status switch
    {
        401 or 403 => "authentication",
        402 => "billing",
        429 => "rate_limit",
        >= 500 => "inference",
        _ => "request",
    };
}
