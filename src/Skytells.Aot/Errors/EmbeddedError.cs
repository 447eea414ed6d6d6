using System.Net;
using System.Text.Json;

namespace Skytells;

/// <summary>
/// Recognises an error envelope inside a success answer: an SSE error event, or a JSON error body where a stream was
/// asked for. The status comes from the envelope (<c>status</c> or <c>http_status</c>), else 500.
/// </summary>
internal static class EmbeddedError
{
    /// <summary>True when <paramref name="body"/> is a JSON object carrying <c>error</c> and no <c>choices</c>.</summary>
    public static bool TryRead(ReadOnlySpan<byte> body, out HttpStatusCode status)
    {
        status = HttpStatusCode.InternalServerError;
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!JsonDocument.TryParseValue(ref reader, out var document))
            {
                return false;
            }

            using (document)
            {
                return TryRead(document.RootElement, out status);
            }
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <inheritdoc cref="TryRead(ReadOnlySpan{byte}, out HttpStatusCode)"/>
    public static bool TryRead(JsonElement root, out HttpStatusCode status)
    {
        status = HttpStatusCode.InternalServerError;
        try
        {
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("error", out var error)
                || error.ValueKind is not (JsonValueKind.Object or JsonValueKind.String)
                || root.TryGetProperty("choices", out _))
            {
                return false;
            }

            if (error.ValueKind == JsonValueKind.Object)
            {
                foreach (var name in (ReadOnlySpan<string>)["status", "http_status"])
                {
                    if (error.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var code) && code is >= 400 and <= 599)
                    {
                        status = (HttpStatusCode)code;
                    }
                }
            }

            return true;
        }
        catch (InvalidOperationException)
        {
            // A property name that cannot be decoded (a lone surrogate escape): not an envelope the client can read.
            return false;
        }
    }
}
