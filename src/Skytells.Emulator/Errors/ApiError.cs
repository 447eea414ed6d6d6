namespace Skytells.Emulator.Errors;

/// <summary>One error answer in the unified REST envelope; <see cref="StatusCode"/> is also the HTTP status.</summary>
internal sealed record ApiError(int StatusCode, string ErrorId, string Message, string? Details = null)
{
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The request field at fault, reported as <c>param</c> by the inference envelope; null when none is.</summary>
    public string? Param { get; init; }

    public static ApiError Unauthorized() =>
        new(401, ErrorIds.Unauthorized, "Invalid or missing API key, Please obtain a valid API key from the dashboard", "Invalid API key");

    public static ApiError EdgeUpgradeRequired() =>
        new(403, ErrorIds.Forbidden, "Upgrade required: the Edge API is available on Business and Enterprise plans only.");

    public static ApiError EndpointNotFound(string method, string path) =>
        new(404, ErrorIds.EndpointNotFound, $"The endpoint {method} {path} does not exist.");

    public static ApiError InvalidRequest(string message) => new(400, ErrorIds.InvalidRequest, message);

    public static ApiError Validation(string message) => new(422, ErrorIds.ValidationError, message);

    public static ApiError ModelNotFound(string model) => new(404, ErrorIds.ModelNotFound, $"Model '{model}' was not found.");

    public static ApiError EdgeNotSupported() => new(422, ErrorIds.EdgeNotSupported, ModelCatalog.EdgeNotSupportedMessage);

    public static ApiError PredictionNotFound(string id) => new(404, ErrorIds.NotFound, $"Prediction '{id}' was not found.");

    public static ApiError Internal() => new(500, ErrorIds.InternalError, "The emulator failed to handle the request.");
}
