using Microsoft.AspNetCore.Http;

namespace Skytells.Emulator.Http;

/// <summary>
/// A finished answer that has not been sent yet. Handlers return results instead of writing to the response so
/// that an after-processing fault can drop the real answer and send its own.
/// </summary>
internal abstract class ApiResult
{
    protected ApiResult(int statusCode) => StatusCode = statusCode;

    public int StatusCode { get; }

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The body bytes, when the result has them up front (faults reuse them to truncate).</summary>
    public abstract ReadOnlyMemory<byte> Body { get; }

    public abstract string ContentType { get; }

    /// <summary>Sends the answer; streaming results override this to write as they go.</summary>
    public virtual async Task ExecuteAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = StatusCode;
        response.ContentType = ContentType;
        foreach (var (name, value) in Headers)
        {
            response.Headers[name] = value;
        }

        response.ContentLength = Body.Length;
        await response.Body.WriteAsync(Body, context.RequestAborted).ConfigureAwait(false);
    }
}
