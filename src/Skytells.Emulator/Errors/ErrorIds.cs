namespace Skytells.Emulator.Errors;

/// <summary>The <c>error_id</c> values the emulator answers with (spec section 5).</summary>
internal static class ErrorIds
{
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string ValidationError = "VALIDATION_ERROR";
    public const string InvalidInput = "INVALID_INPUT";
    public const string InvalidDateFormat = "INVALID_DATE_FORMAT";
    public const string InvalidDateRange = "INVALID_DATE_RANGE";
    public const string Unauthorized = "UNAUTHORIZED";
    public const string InsufficientCredits = "INSUFFICIENT_CREDITS";
    public const string Forbidden = "FORBIDDEN";
    public const string ModelNotFound = "MODEL_NOT_FOUND";
    public const string EndpointNotFound = "ENDPOINT_NOT_FOUND";
    public const string NotFound = "NOT_FOUND";
    public const string RequestTimeout = "REQUEST_TIMEOUT";
    public const string RateLimitExceeded = "RATE_LIMIT_EXCEEDED";
    public const string ContentPolicyViolation = "CONTENT_POLICY_VIOLATION";
    public const string InternalError = "INTERNAL_ERROR";
    public const string BadGateway = "BAD_GATEWAY";
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";
    public const string InferenceTimeout = "INFERENCE_TIMEOUT";
    public const string HttpError = "HTTP_ERROR";

    // Not documented upstream (spec section 12, row 13); clients should key on the 422 and the message.
    public const string EdgeNotSupported = "EDGE_NOT_SUPPORTED";

    /// <summary>The id a bare status code stands for, used when an injected fault names no id.</summary>
    public static string ForStatus(int statusCode) => statusCode switch
    {
        400 => InvalidRequest,
        401 => Unauthorized,
        402 => InsufficientCredits,
        403 => Forbidden,
        404 => NotFound,
        408 => RequestTimeout,
        422 => ValidationError,
        429 => RateLimitExceeded,
        451 => ContentPolicyViolation,
        500 => InternalError,
        502 => BadGateway,
        503 => ServiceUnavailable,
        504 => InferenceTimeout,
        >= 500 => InternalError,
        _ => HttpError,
    };
}
