using System.Net;
using System.Net.Http.Headers;

namespace Skytells;

/// <summary>A fully read response.</summary>
internal sealed class SkytellsResponse
{
    public required HttpStatusCode StatusCode { get; init; }

    public required HttpResponseHeaders Headers { get; init; }

    public required ReadOnlyMemory<byte> Body { get; init; }

    public required SkytellsGateway Gateway { get; init; }

    public string? RequestId => Headers.TryGetValues("x-request-id", out var values) ? values.FirstOrDefault() : null;
}
