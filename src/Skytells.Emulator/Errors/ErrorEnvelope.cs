using System.Text.Json;
using Skytells.Emulator.Http;

namespace Skytells.Emulator.Errors;

/// <summary>Writes the unified REST error envelope of spec section 5.</summary>
internal static class ErrorEnvelope
{
    public static byte[] Serialize(ApiError error) => JsonBody.Write(error, static (writer, e) =>
    {
        writer.WriteStartObject();
        writer.WriteBoolean("status", false);
        writer.WriteString("response", e.Message);
        writer.WritePropertyName("error");
        writer.WriteStartObject();
        writer.WriteNumber("http_status", e.StatusCode);
        writer.WriteString("message", e.Message);
        if (e.Details is null)
        {
            writer.WriteNull("details");
        }
        else
        {
            writer.WriteString("details", e.Details);
        }

        writer.WriteString("error_id", e.ErrorId);
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    public static ApiResult ToResult(ApiError error)
    {
        var result = new JsonResult(error.StatusCode, Serialize(error));
        if (error.RetryAfter is { } retryAfter)
        {
            // Retry-After carries whole seconds; rounding up never invites a retry too early.
            result.Headers["Retry-After"] = ((long)Math.Ceiling(Math.Max(0, retryAfter.TotalSeconds))).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return result;
    }
}
