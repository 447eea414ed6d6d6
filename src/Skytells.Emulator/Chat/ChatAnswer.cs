namespace Skytells.Emulator.Chat;

/// <summary>What the emulated model answers: text in tokens, or one tool call whose arguments arrive in fragments.</summary>
/// <param name="Content">The message text; null for a tool call.</param>
/// <param name="Tokens">The pieces the content (or the tool call's arguments) streams in; they join to the whole.</param>
/// <param name="ToolCall">The tool call, or null for a text answer.</param>
/// <param name="FinishReason"><c>stop</c>, <c>length</c> or <c>tool_calls</c>.</param>
/// <param name="PromptTokens">The words of every message, the request's <c>usage.prompt_tokens</c>.</param>
internal sealed record ChatAnswer(string? Content, IReadOnlyList<string> Tokens, ChatToolCall? ToolCall, string FinishReason, int PromptTokens)
{
    public int CompletionTokens => Tokens.Count;

    public int TotalTokens => PromptTokens + CompletionTokens;
}

/// <summary>One function call of an answer.</summary>
/// <param name="Id">The call id (<c>call_...</c>) a later <c>tool</c> message answers.</param>
/// <param name="Name">The function's name.</param>
/// <param name="Arguments">The arguments as a JSON string.</param>
internal sealed record ChatToolCall(string Id, string Name, string Arguments);
