namespace Skytells.Emulator.Chat;

/// <summary>A validated <c>POST /v1/chat/completions</c> body (spec section 2.8), reduced to what the emulator uses.</summary>
/// <param name="Model">The model id.</param>
/// <param name="Messages">The conversation, at least one message.</param>
/// <param name="Tools">The names of the function tools offered, in order.</param>
/// <param name="ToolChoice">The <c>tool_choice</c> (default <c>auto</c>).</param>
/// <param name="JsonObject">Whether <c>response_format</c> asks for a JSON object.</param>
/// <param name="Stop">The stop sequences (empty when none).</param>
/// <param name="MaxTokens"><c>max_tokens</c> (or <c>max_completion_tokens</c>); null when not limited.</param>
/// <param name="Stream">Whether the answer is an event stream (<c>stream: true</c> or <c>?stream=true</c>).</param>
/// <param name="Choices">How many choices a completion answers with (<c>n</c>, default 1).</param>
/// <param name="Logprobs">Whether a completion's choices carry log probabilities (<c>logprobs: true</c>).</param>
/// <param name="IncludeUsage">Whether a stream ends with a chunk of its own carrying the usage (<c>stream_options.include_usage</c>).</param>
internal sealed record ChatRequest(
    string Model,
    IReadOnlyList<ChatMessage> Messages,
    IReadOnlyList<string> Tools,
    ChatToolChoice ToolChoice,
    bool JsonObject,
    IReadOnlyList<string> Stop,
    int? MaxTokens,
    bool Stream,
    bool IncludeUsage,
    int Choices,
    bool Logprobs);
