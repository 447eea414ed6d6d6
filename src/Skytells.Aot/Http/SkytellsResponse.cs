using System.Net;
using System.Net.Http.Headers;

namespace Skytells;

/// <summary>A fully read response. Its body is a pooled buffer: dispose it once the body is parsed.</summary>
internal sealed class SkytellsResponse : IDisposable
{
    private readonly BoundedBody.Result _body;

    public SkytellsResponse(BoundedBody.Result body) => _body = body;

    public required HttpStatusCode StatusCode { get; init; }

    public required HttpResponseHeaders Headers { get; init; }

    public ReadOnlyMemory<byte> Body => _body.Bytes;

    public required SkytellsGateway Gateway { get; init; }

    /// <summary>True when the body went on past the read limit (then <see cref="Body"/> holds its start only).</summary>
    public bool Exceeded => _body.Exceeded;

    public string? RequestId => RequestIdOf(Headers);

    /// <summary>The <c>x-request-id</c> of an answer: the one place it is read from headers.</summary>
    public static string? RequestIdOf(HttpResponseHeaders headers) =>
        headers.TryGetValues("x-request-id", out var values) ? values.FirstOrDefault() : null;

    public void Dispose() => _body.Dispose();
}
