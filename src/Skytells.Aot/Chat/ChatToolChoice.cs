using System.Text.Json.Serialization;

namespace Skytells;

/// <summary>How the model may use tools: <see cref="None"/>, <see cref="Auto"/>, <see cref="Required"/> or one named function.</summary>
[JsonConverter(typeof(ChatToolChoiceConverter))]
public sealed class ChatToolChoice
{
    private ChatToolChoice(string? mode, string? functionName)
    {
        Mode = mode;
        FunctionName = functionName;
    }

    /// <summary>Never call tools.</summary>
    public static ChatToolChoice None { get; } = new("none", null);

    /// <summary>Let the model decide.</summary>
    public static ChatToolChoice Auto { get; } = new("auto", null);

    /// <summary>Call at least one tool.</summary>
    public static ChatToolChoice Required { get; } = new("required", null);

    /// <summary><c>none</c>, <c>auto</c> or <c>required</c>; null when a function is named.</summary>
    public string? Mode { get; }

    /// <summary>The function the model must call, when one is named.</summary>
    public string? FunctionName { get; }

    /// <summary>Force a call of <paramref name="name"/>.</summary>
    public static ChatToolChoice Function(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new ChatToolChoice(null, name);
    }
}
