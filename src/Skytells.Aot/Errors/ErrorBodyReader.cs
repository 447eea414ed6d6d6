using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Skytells;

/// <summary>
/// Reads the error envelopes of the API: the unified REST envelope
/// (<c>{status:false, response, error:{http_status, message, details, error_id}}</c>), the inference envelope
/// (<c>{error:{message, type, code, error_id, status, param, request_id, details}}</c>) and the legacy flat
/// <c>{error_id, message}</c>. A body that is none of them still yields a message naming the status.
/// </summary>
internal static class ErrorBodyReader
{
    public static SkytellsErrorInfo Read(HttpStatusCode status, ReadOnlySpan<byte> body, string? headerRequestId, SkytellsGateway gateway,
        TimeSpan? retryAfter, RateLimitInfo? rateLimit, SecretRedactor redactor)
    {
        string? message = null, errorId = null, details = null, requestId = null, type = null, code = null, parameter = null;
        try
        {
            var reader = new Utf8JsonReader(body);
            if (JsonDocument.TryParseValue(ref reader, out var document))
            {
                using (document)
                {
                    var root = document.RootElement;
                    if (root.ValueKind == JsonValueKind.Object)
                    {
                        string? response = Text(root, "response");
                        if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
                        {
                            message = Text(error, "message");
                            errorId = Text(error, "error_id");
                            details = Raw(error, "details");
                            requestId = Text(error, "request_id");
                            type = Text(error, "type");
                            code = Text(error, "code");
                            parameter = Text(error, "param");
                        }
                        else if (root.TryGetProperty("error", out var errorText) && errorText.ValueKind == JsonValueKind.String)
                        {
                            message = errorText.GetString();
                        }

                        message ??= Text(root, "message") ?? response;
                        errorId ??= Text(root, "error_id") ?? Text(root, "errorId");
                        details ??= response != message ? response : null;
                        requestId ??= Text(root, "request_id");
                    }
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // Not JSON (a proxy's HTML page, a cut body), or JSON whose text cannot be decoded (a lone surrogate
            // escape): what was read stays, and the status line below still tells the caller what happened.
        }

        if (string.IsNullOrWhiteSpace(message))
        {
            var snippet = Snippet(body);
            message = snippet is null
                ? $"The Skytells API returned HTTP {(int)status} ({status})."
                : $"The Skytells API returned HTTP {(int)status} ({status}): {snippet}";
        }

        errorId ??= code?.ToUpperInvariant();

        // Every field may echo what the client sent, the key included: none leaves this method unredacted.
        return redactor.Redact(new SkytellsErrorInfo
        {
            StatusCode = status,
            Message = message,
            ErrorId = errorId,
            RequestId = requestId ?? headerRequestId,
            Details = details,
            ErrorType = type,
            ErrorCode = code,
            Parameter = parameter,
            RetryAfter = retryAfter,
            Gateway = gateway,
            RateLimit = rateLimit,
        });
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static string? Raw(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => value.GetRawText(),
        } : null;

    private static string? Snippet(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        const int Limit = 200;
        var text = Encoding.UTF8.GetString(body[..Math.Min(body.Length, Limit)]).Trim();
        if (text.Length == 0)
        {
            return null;
        }

        return body.Length > Limit ? string.Create(CultureInfo.InvariantCulture, $"{text}…") : text;
    }
}
