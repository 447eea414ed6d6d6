using System.Net;
using System.Text;

namespace Skytells;

/// <summary>
/// Base of every error the Skytells client throws. Carries what the server said (status, error id, message,
/// request id) and never the API key or a webhook secret.
/// </summary>
public class SkytellsException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    public SkytellsException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    public SkytellsException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception describing an error response.</summary>
    public SkytellsException(SkytellsErrorInfo error, Exception? innerException = null)
        : base(error?.Message ?? "The Skytells API returned an error.", innerException)
    {
        ArgumentNullException.ThrowIfNull(error);
        StatusCode = error.StatusCode;
        ErrorId = error.ErrorId;
        RequestId = error.RequestId;
        Details = error.Details;
        ErrorType = error.ErrorType;
        ErrorCode = error.ErrorCode;
        Parameter = error.Parameter;
        RetryAfter = error.RetryAfter;
        Gateway = error.Gateway;
        RateLimit = error.RateLimit;
    }

    /// <summary>The HTTP status code, when the error came from a response.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The server's error id (for example <c>RATE_LIMIT_EXCEEDED</c>), or a client-side id such as <c>REQUEST_TIMEOUT</c>.</summary>
    public string? ErrorId { get; }

    /// <summary>The request id from the error body or the <c>x-request-id</c> header.</summary>
    public string? RequestId { get; }

    /// <summary>Extra details the server sent (a string, or the raw JSON of an object).</summary>
    public string? Details { get; }

    /// <summary>The inference error <c>type</c> (for example <c>invalid_request_error</c>), when present.</summary>
    public string? ErrorType { get; }

    /// <summary>The inference error <c>code</c> (for example <c>invalid_api_key</c>), when present.</summary>
    public string? ErrorCode { get; }

    /// <summary>The request parameter the error refers to, when present.</summary>
    public string? Parameter { get; }

    /// <summary>How long the server asked to wait before retrying (<c>Retry-After</c>), when present.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The gateway that answered, when known.</summary>
    public SkytellsGateway? Gateway { get; }

    /// <summary>The rate-limit headers of the response, when the server sent any.</summary>
    public RateLimitInfo? RateLimit { get; }

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder(GetType().FullName).Append(": ").Append(Message);
        if (StatusCode is { } status)
        {
            text.Append(" (HTTP ").Append((int)status);
            if (ErrorId is not null)
            {
                text.Append(' ').Append(ErrorId);
            }

            text.Append(')');
        }

        if (RequestId is not null)
        {
            text.Append(" [request ").Append(RequestId).Append(']');
        }

        if (InnerException is not null)
        {
            text.Append(Environment.NewLine).Append(" ---> ").Append(InnerException.ToString());
        }

        if (StackTrace is { } stackTrace)
        {
            text.Append(Environment.NewLine).Append(stackTrace);
        }

        return text.ToString();
    }
}
