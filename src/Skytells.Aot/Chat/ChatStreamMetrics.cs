namespace Skytells;

/// <summary>Timings of one chat stream, filled in as it is read.</summary>
public sealed class ChatStreamMetrics
{
    /// <summary>From sending the request to the first chunk carrying content or a tool call; null until then.</summary>
    public TimeSpan? TimeToFirstToken { get; internal set; }

    /// <summary>From sending the request to the end of the stream; null until it ended.</summary>
    public TimeSpan? Duration { get; internal set; }

    /// <summary>Chunks received so far.</summary>
    public int ChunkCount { get; internal set; }

    /// <summary>Whether the server ended the stream with <c>[DONE]</c> (false for a clean close without it).</summary>
    public bool CompletedWithDone { get; internal set; }

    /// <summary>Rate-limit headers of the stream's response.</summary>
    public RateLimitInfo? RateLimit { get; internal set; }
}
