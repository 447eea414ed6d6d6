using System.Net;
using System.Text.Json;

namespace Skytells.Emulator.Tests.Infrastructure;

/// <summary>A fully read HTTP answer.</summary>
internal sealed class ApiResponse
{
    private ApiResponse(HttpStatusCode status, string body, string? contentType, IReadOnlyDictionary<string, string> headers)
    {
        Status = status;
        Body = body;
        ContentType = contentType;
        Headers = headers;
    }

    public HttpStatusCode Status { get; }

    public string Body { get; }

    public string? ContentType { get; }

    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The body parsed as JSON (JsonDocument: no reflection, like the emulator).</summary>
    public JsonElement Json
    {
        get
        {
            using var document = JsonDocument.Parse(Body);
            return document.RootElement.Clone();
        }
    }

    public string Str(string property) => Json.GetProperty(property).GetString()!;

    public static async Task<ApiResponse> ReadAsync(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers)
        {
            headers[name] = string.Join(",", values);
        }

        var body = await response.Content.ReadAsStringAsync();
        return new ApiResponse(response.StatusCode, body, response.Content.Headers.ContentType?.MediaType, headers);
    }

    public override string ToString() => $"{(int)Status} {Body}";
}
