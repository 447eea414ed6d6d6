using System.Net;

namespace Skytells.Benchmarks.Canned;

/// <summary>What the canned server says to one request: a status, a media type and a body that is never copied.</summary>
public readonly record struct CannedAnswer(HttpStatusCode Status, string MediaType, byte[] Body)
{
    /// <summary>The unified-envelope 404 for anything the benchmarks do not ask for, so a wrong path fails loudly.</summary>
    public static readonly CannedAnswer NotFound = new(
        HttpStatusCode.NotFound,
        "application/json",
        """{"status":false,"error":{"error_id":"ENDPOINT_NOT_FOUND","message":"No canned answer for this path.","http_status":404}}"""u8.ToArray());
}
