namespace Skytells;

/// <summary>A chat completion request (OpenAI-compatible). Chat completions are served by both gateways.</summary>
public sealed class ChatCompletionRequest
{
    /// <summary>The chat model, for example <see cref="SkytellsModels.DeepBrainRouter"/>.</summary>
    [ModelId]
    public required string Model { get; set; }

    /// <summary>The conversation so far.</summary>
    public required IList<ChatMessage> Messages { get; set; }

    /// <summary>Upper bound of generated tokens.</summary>
    public int? MaxTokens { get; set; }

    /// <summary>Sampling temperature, 0-2.</summary>
    public double? Temperature { get; set; }

    /// <summary>Nucleus sampling mass.</summary>
    public double? TopP { get; set; }

    /// <summary>Number of choices to generate.</summary>
    public int? N { get; set; }

    /// <summary>Sequences that end generation.</summary>
    public IList<string>? Stop { get; set; }

    /// <summary>Presence penalty, -2 to 2.</summary>
    public double? PresencePenalty { get; set; }

    /// <summary>Frequency penalty, -2 to 2.</summary>
    public double? FrequencyPenalty { get; set; }

    /// <summary>Return log probabilities.</summary>
    public bool? Logprobs { get; set; }

    /// <summary>Most likely tokens to return per position.</summary>
    public int? TopLogprobs { get; set; }

    /// <summary>An end-user id for abuse monitoring.</summary>
    public string? User { get; set; }

    /// <summary>Tools the model may call.</summary>
    public IList<ChatTool>? Tools { get; set; }

    /// <summary>How the model may use tools.</summary>
    public ChatToolChoice? ToolChoice { get; set; }

    /// <summary>Allow several tool calls in one turn.</summary>
    public bool? ParallelToolCalls { get; set; }

    /// <summary>The output format.</summary>
    public ChatResponseFormat? ResponseFormat { get; set; }

    /// <summary>Seed for best-effort determinism.</summary>
    public long? Seed { get; set; }
}
