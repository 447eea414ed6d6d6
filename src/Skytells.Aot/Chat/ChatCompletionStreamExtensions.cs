namespace Skytells;

/// <summary>Helpers for reading a whole chat stream.</summary>
public static class StreamingChatCompletionExtensions
{
    /// <summary>Reads the stream to its end and returns the joined completion (content and tool-call arguments).</summary>
    public static async Task<ChatCompletion> ToCompletionAsync(this IAsyncEnumerable<ChatCompletionChunk> stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var accumulator = new ChatCompletionAccumulator();
        await foreach (var chunk in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            accumulator.Add(chunk);
        }

        return accumulator.ToCompletion();
    }
}
