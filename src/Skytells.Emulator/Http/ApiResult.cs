using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;

namespace Skytells.Emulator.Http;

/// <summary>
/// A finished answer that has not been sent yet. Handlers return results instead of writing to the response so
/// that an after-processing fault can drop the real answer and send its own (or cut its bytes).
/// </summary>
internal class ApiResult(int statusCode, string contentType, ReadOnlyMemory<byte> body) : IResult
{
    public const string JsonContentType = "application/json";

    public int StatusCode { get; } = statusCode;

    public string ContentType { get; } = contentType;

    /// <summary>The body bytes, when the result has them up front (faults reuse them to truncate).</summary>
    public ReadOnlyMemory<byte> Body { get; } = body;

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>True for a JSON answer, whose bytes a truncation fault may cut.</summary>
    public bool IsJson => ContentType == JsonContentType;

    public static ApiResult Json<T>(int statusCode, T value, JsonTypeInfo<T> info) =>
        new(statusCode, JsonContentType, JsonSerializer.SerializeToUtf8Bytes(value, info));

    /// <summary>Sends the answer; streaming results override this to write as they go.</summary>
    public virtual Task ExecuteAsync(HttpContext httpContext)
    {
        var response = WriteHead(httpContext);
        response.ContentLength = Body.Length;
        return response.Body.WriteAsync(Body, httpContext.RequestAborted).AsTask();
    }

    protected HttpResponse WriteHead(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = StatusCode;
        response.ContentType = ContentType;
        foreach (var (name, value) in Headers)
        {
            response.Headers[name] = value;
        }

        return response;
    }
}
