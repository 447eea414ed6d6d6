namespace Skytells.Emulator.Chat;

/// <summary>The request's <c>tool_choice</c>: <c>none</c>, <c>auto</c>, <c>required</c>, or one named function.</summary>
/// <param name="Mode">Which of the four it is.</param>
/// <param name="Name">The function's name for <see cref="ChatToolMode.Function"/>; otherwise null.</param>
internal sealed record ChatToolChoice(ChatToolMode Mode, string? Name = null)
{
    public static ChatToolChoice Auto { get; } = new(ChatToolMode.Auto);
}

/// <summary>The kinds of <c>tool_choice</c>.</summary>
internal enum ChatToolMode
{
    None,
    Auto,
    Required,
    Function,
}
