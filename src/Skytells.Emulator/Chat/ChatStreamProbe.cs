using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Skytells.Emulator.Http;

namespace Skytells.Emulator.Chat;

/// <summary>
/// Tells, before dispatch, whether a request will be answered with an event stream, so that queued stream faults
/// wait for a streaming request instead of being used up by any request on the path.
/// </summary>
internal static class ChatStreamProbe
{
    private const string ChatPath = "/chat/completions";

    public static bool IsStreaming(ApiRequest request)
    {
        var http = request.Http.Request;
        if (!HttpMethods.IsPost(http.Method) || !(http.Path.Value ?? "/").TrimEnd('/').EndsWith(ChatPath, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(request.Body);
            return ChatRequestParser.WantsStream(document.RootElement, http.Query);
        }
        catch (JsonException)
        {
            // A body that does not parse is refused before any stream starts; only the query can still ask for one.
            return ChatRequestParser.WantsStream(default, http.Query);
        }
    }
}
