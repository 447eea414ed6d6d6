namespace Skytells;

/// <summary>The one place that turns an error response into the matching <see cref="SkytellsException"/> type.</summary>
internal static class SkytellsErrorMapper
{
    public static SkytellsException FromResponse(SkytellsResponse response, SkytellsRequest request, SecretRedactor redactor)
    {
        var info = ErrorBodyReader.Read(
            response.StatusCode,
            response.Body.Span,
            response.RequestId,
            response.Gateway,
            RetryDelay.Parse(response.Headers.RetryAfter, DateTimeOffset.UtcNow),
            RateLimitInfo.FromHeaders(response.Headers),
            redactor);
        return FromInfo(info, request.Model);
    }

    public static SkytellsException FromInfo(SkytellsErrorInfo info, string? model)
    {
        var status = (int)(info.StatusCode ?? 0);
        return status switch
        {
            401 => new SkytellsAuthenticationException(info),
            402 => new SkytellsPaymentRequiredException(info),
            403 => new SkytellsPermissionException(info),
            404 => new SkytellsNotFoundException(info),
            408 => new SkytellsTimeoutException(info),
            422 when IsEdgeRejection(info) => new SkytellsEdgeNotSupportedException(info, model),
            400 or 422 => new SkytellsValidationException(info),
            429 => new SkytellsRateLimitException(info),
            >= 500 and <= 599 => new SkytellsServerException(info),
            _ => new SkytellsException(info),
        };
    }

    private static bool IsEdgeRejection(SkytellsErrorInfo info) =>
        string.Equals(info.ErrorId, SkytellsEdgeNotSupportedException.EdgeNotSupportedErrorId, StringComparison.OrdinalIgnoreCase)
        || info.Message.Contains("does not support Edge routing", StringComparison.OrdinalIgnoreCase)
        || (info.Details?.Contains("does not support Edge routing", StringComparison.OrdinalIgnoreCase) ?? false);
}
