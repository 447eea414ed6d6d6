using System.Text.Json;

namespace Skytells;

/// <summary>The JSON body of a chat request, serialized once; a stream adds its two fields without a second pass.</summary>
internal static class ChatRequestBody
{
    private static ReadOnlySpan<byte> StreamFields => ""","stream":true,"stream_options":{"include_usage":true}}"""u8;

    public static byte[] Write(ChatCompletionRequest request, bool stream)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(request, SkytellsJsonContext.Default.ChatCompletionRequest);
        if (!stream)
        {
            return body;
        }

        // The serializer ends the object with its closing brace and a request always has fields (model, messages), so
        // the stream fields go in place of that brace, after a comma. The request type has no stream members that could
        // collide with them.
        var withStream = new byte[body.Length - 1 + StreamFields.Length];
        body.AsSpan(0, body.Length - 1).CopyTo(withStream);
        StreamFields.CopyTo(withStream.AsSpan(body.Length - 1));
        return withStream;
    }
}
