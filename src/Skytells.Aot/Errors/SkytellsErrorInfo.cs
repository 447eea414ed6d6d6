using System.Net;

namespace Skytells;

/// <summary>What an error response said, read from either error envelope (REST or inference).</summary>
public sealed class SkytellsErrorInfo
{
    /// <summary>The HTTP status code.</summary>
    public HttpStatusCode? StatusCode { get; init; }

    /// <summary>The human-readable message.</summary>
    public required string Message { get; init; }

    /// <summary>The error id (<c>error.error_id</c>, or the inference <c>code</c> upper-cased when no id is sent).</summary>
    public string? ErrorId { get; init; }

    /// <summary>The request id.</summary>
    public string? RequestId { get; init; }

    /// <summary>Extra details (string, or raw JSON of an object).</summary>
    public string? Details { get; init; }

    /// <summary>The inference error type.</summary>
    public string? ErrorType { get; init; }

    /// <summary>The inference error code.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The parameter the error refers to.</summary>
    public string? Parameter { get; init; }

    /// <summary>The server's <c>Retry-After</c>.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The gateway that answered.</summary>
    public SkytellsGateway? Gateway { get; init; }

    /// <summary>Rate-limit headers of the response.</summary>
    public RateLimitInfo? RateLimit { get; init; }
}
