using System.Net.Http.Headers;

namespace Skytells.Benchmarks.Canned;

/// <summary>
/// An in-memory server for <see cref="HttpClient"/>: reads the request body as a socket handler would (so lazily
/// serialized content pays its cost), then answers the canned bytes. Completes synchronously and shares every
/// answer array, so its cost is the same small constant for whichever client calls it.
/// </summary>
public sealed class CannedHandler : HttpMessageHandler
{
    private static readonly Dictionary<string, MediaTypeHeaderValue> MediaTypes = new(StringComparer.Ordinal)
    {
        ["application/json"] = new("application/json"),
        ["text/event-stream"] = new("text/event-stream"),
    };

    /// <summary>The one instance both sides of every in-memory pair send through, so neither gets a warmer or cheaper server.</summary>
    public static CannedHandler Shared { get; } = new();

    /// <summary>The routes this handler answers from (exposed so wait benchmarks can arm their polls).</summary>
    public CannedRoutes Routes { get; } = new();

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is { } content ? ReadBody(content, cancellationToken) : null;
        try
        {
            var path = request.RequestUri!.AbsolutePath;
            var answer = Routes.Answer(request.Method.Method, path, body is null ? default : body.WrittenSpan);
            var response = new HttpResponseMessage(answer.Status)
            {
                // Real handlers do this; the library refuses an answer whose final URI is on another origin.
                RequestMessage = request,
                Content = new ByteArrayContent(answer.Body),
            };
            response.Content.Headers.ContentType = MediaTypes[answer.MediaType];
            response.Content.Headers.ContentLength = answer.Body.Length;
            return response;
        }
        finally
        {
            body?.Dispose();
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(Send(request, cancellationToken));

    private static RequestBodyBuffer ReadBody(HttpContent content, CancellationToken cancellationToken)
    {
        var body = new RequestBodyBuffer();
        content.CopyTo(body, null, cancellationToken);
        return body;
    }
}
