namespace Skytells;

/// <summary>
/// One server-sent event as the stream reader needs it, decided while the parser still holds the event's bytes: a
/// chunk, the end marker, a failure to raise, or nothing (a blank keep-alive).
/// </summary>
internal readonly record struct ChatStreamItem(ChatCompletionChunk? Chunk, SkytellsException? Error, bool Done)
{
    public static ChatStreamItem DoneMarker => new(null, null, Done: true);

    public static ChatStreamItem Of(ChatCompletionChunk chunk) => new(chunk, null, Done: false);

    public static ChatStreamItem Failure(SkytellsException error) => new(null, error, Done: false);
}
