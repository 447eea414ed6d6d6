using System.Text;
using System.Text.Json.Serialization;

namespace Skytells.Emulator.Chat;

/// <summary>The fields every object of one answer repeats: the whole completion and each of its chunks.</summary>
/// <param name="Id">The <c>chatcmpl-...</c> id.</param>
/// <param name="Created">Unix seconds, on the emulator's clock.</param>
/// <param name="Model">The model id as requested.</param>
internal sealed record ChatCompletionMeta(string Id, long Created, string Model);

/// <summary>The non-streaming <c>chat.completion</c> object of spec section 2.8.</summary>
internal sealed record ChatCompletionBody(
    string Id, string Object, long Created, string Model, string SystemFingerprint, ChatChoice[] Choices, ChatUsage Usage,
    PromptFilterResult[] PromptFilterResults)
{
    /// <summary>
    /// The completion of <paramref name="answer"/> with <paramref name="choices"/> identical choices (the emulated model
    /// is deterministic), each with log probabilities when asked; usage counts every choice's tokens, as the API does.
    /// </summary>
    public static ChatCompletionBody From(ChatCompletionMeta meta, ChatAnswer answer, int choices, bool logprobs) => new(
        meta.Id, "chat.completion", meta.Created, meta.Model, ChatIds.SystemFingerprint,
        Enumerable.Range(0, choices).Select(index => new ChatChoice(
            index,
            new("assistant", answer.Content, null, [], ChatToolCallBody.ListOf(answer.ToolCall)),
            logprobs ? ChatLogprobs.Of(answer) : null,
            answer.FinishReason,
            ContentFilters.Completion)).ToArray(),
        new ChatUsage(answer.PromptTokens, answer.CompletionTokens * choices, answer.PromptTokens + (answer.CompletionTokens * choices)),
        [new(0, ContentFilters.Prompt)]);
}

/// <summary>One choice of a completion.</summary>
internal sealed record ChatChoice(int Index, ChatMessageBody Message, ChatLogprobs? Logprobs, string FinishReason, ContentFilters ContentFilterResults);

/// <summary>The <c>logprobs</c> of a choice: one entry per generated token, each certain (the model is deterministic).</summary>
internal sealed record ChatLogprobs(ChatTokenLogprob[] Content)
{
    public static ChatLogprobs Of(ChatAnswer answer) =>
        new(answer.Tokens.Select(token => new ChatTokenLogprob(token, 0, Encoding.UTF8.GetBytes(token).Select(b => (int)b).ToArray(), [])).ToArray());
}

/// <summary>One token's log probability, its UTF-8 bytes and (none here) its alternatives.</summary>
internal sealed record ChatTokenLogprob(string Token, double Logprob, int[] Bytes, ChatTokenLogprob[] TopLogprobs);

/// <summary>The assistant message of a choice.</summary>
internal sealed record ChatMessageBody(
    string Role, string? Content, string? Refusal, string[] Annotations,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ChatToolCallBody[]? ToolCalls);

/// <summary>A tool call of a message, or (in a chunk) a fragment of one, whose header only the first fragment carries.</summary>
internal sealed record ChatToolCallBody(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Index,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Type,
    ChatFunctionBody Function)
{
    public static ChatToolCallBody[]? ListOf(ChatToolCall? call) =>
        call is null ? null : [new(null, call.Id, "function", new(call.Name, call.Arguments))];
}

/// <summary>The function of a tool call.</summary>
internal sealed record ChatFunctionBody([property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Name, string Arguments);

/// <summary>The <c>usage</c> object, on a completion and on the last chunk of a stream.</summary>
internal sealed record ChatUsage(int PromptTokens, int CompletionTokens, int TotalTokens)
{
    public static ChatUsage Of(ChatAnswer answer) => new(answer.PromptTokens, answer.CompletionTokens, answer.TotalTokens);
}

/// <summary>A <c>chat.completion.chunk</c> of a stream (spec sections 2.8 and 4), its delta a <typeparamref name="TDelta"/>.</summary>
internal sealed record ChatChunkBody<TDelta>(
    string Id, string Object, long Created, string Model, string SystemFingerprint, ChatChunkChoice<TDelta>[] Choices,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ChatUsage? Usage);

/// <summary>The one choice of a chunk.</summary>
internal sealed record ChatChunkChoice<TDelta>(int Index, TDelta Delta, string? Logprobs, string? FinishReason);

/// <summary>The first delta of a stream: the role, with <c>content: null</c> written out as OpenAI streams it.</summary>
internal sealed record ChatRoleDelta(string Role, string? Content);

/// <summary>What a later chunk adds: a token, or a tool-call fragment.</summary>
internal sealed record ChatDelta(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Content,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ChatToolCallBody[]? ToolCalls);

/// <summary>The arguments of the emulated model's tool calls.</summary>
internal sealed record ChatToolArguments(string Query);

/// <summary>The answer under <c>response_format: json_object</c>.</summary>
internal sealed record ChatJsonReply(string Reply);
