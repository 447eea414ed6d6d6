namespace Skytells.Benchmarks.HandWritten;

/// <summary>POST /v1/chat/completions body; <see cref="Stream"/> and <see cref="StreamOptions"/> only on a stream.</summary>
public sealed class ChatRequestBody
{
    public required string Model { get; init; }

    public required List<ChatTurn> Messages { get; init; }

    public bool? Stream { get; init; }

    public StreamUsageOption? StreamOptions { get; init; }
}

/// <summary>One message of the conversation.</summary>
public sealed class ChatTurn
{
    public required string Role { get; init; }

    public required string Content { get; init; }
}

/// <summary>Asks for the usage chunk at the end of a stream, as the library does.</summary>
public sealed class StreamUsageOption
{
    public bool IncludeUsage { get; init; }
}

/// <summary>The completion fields a caller reads: the first choice's text and the usage.</summary>
public sealed class ChatAnswer
{
    public List<ChatAnswerChoice>? Choices { get; init; }

    public ChatUsageCounts? Usage { get; init; }
}

public sealed class ChatAnswerChoice
{
    public ChatAnswerMessage? Message { get; init; }
}

public sealed class ChatAnswerMessage
{
    public string? Content { get; init; }
}

public sealed class ChatUsageCounts
{
    public int PromptTokens { get; init; }

    public int CompletionTokens { get; init; }

    public int TotalTokens { get; init; }
}

/// <summary>One <c>chat.completion.chunk</c>: only the text deltas.</summary>
public sealed class ChatChunk
{
    public List<ChatChunkDelta>? Choices { get; init; }
}

public sealed class ChatChunkDelta
{
    public ChatDeltaText? Delta { get; init; }
}

public sealed class ChatDeltaText
{
    public string? Content { get; init; }
}
