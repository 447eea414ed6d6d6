using System.Text.Json.Serialization;

namespace Skytells;

/// <summary>One message of a chat conversation (OpenAI-compatible: system, user, assistant, tool).</summary>
public sealed class ChatMessage
{
    /// <summary>Creates a message; prefer the factory methods.</summary>
    [JsonConstructor]
    public ChatMessage(string role, ChatMessageContent? content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        Role = role;
        Content = content;
    }

    /// <summary><c>system</c>, <c>user</c>, <c>assistant</c> or <c>tool</c>.</summary>
    public string Role { get; }

    /// <summary>Text or content parts; null for an assistant message that only calls tools.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public ChatMessageContent? Content { get; }

    /// <summary>Optional participant name.</summary>
    public string? Name { get; init; }

    /// <summary>Tool calls made by an assistant message.</summary>
    public IReadOnlyList<ChatToolCall>? ToolCalls { get; init; }

    /// <summary>For a tool message: the id of the call it answers.</summary>
    public string? ToolCallId { get; init; }

    /// <summary>An assistant's refusal text.</summary>
    public string? Refusal { get; init; }

    /// <summary>A system message.</summary>
    public static ChatMessage System(string text) => new("system", text);

    /// <summary>A user message with text.</summary>
    public static ChatMessage User(string text) => new("user", text);

    /// <summary>A user message with text and image parts.</summary>
    public static ChatMessage User(params ChatContentPart[] parts) => new("user", new ChatMessageContent(parts));

    /// <summary>An assistant message (to replay history), optionally with the tool calls it made.</summary>
    public static ChatMessage Assistant(string? text, IReadOnlyList<ChatToolCall>? toolCalls = null) =>
        new("assistant", text is null ? null : new ChatMessageContent(text)) { ToolCalls = toolCalls };

    /// <summary>The result of a tool call, answering <paramref name="toolCallId"/>.</summary>
    public static ChatMessage Tool(string toolCallId, string content) => new("tool", content) { ToolCallId = toolCallId };
}
