using System.Globalization;
using System.Text;
using System.Text.Json;
using Skytells.Emulator.Json;

namespace Skytells.Emulator.Chat;

/// <summary>
/// The emulated model: deterministic answers derived from the request, so that tests can predict every token. It
/// echoes the last user message ("Echo: ..."), reports a tool result ("Answer: ..."), or calls a tool when tools are
/// offered to a user turn; then applies <c>response_format</c>, <c>stop</c> and <c>max_tokens</c>.
/// </summary>
internal static class ChatGenerator
{
    // Several fragments even for short arguments, so that clients must join argument deltas.
    private const int ArgumentFragmentLength = 8;

    public static ChatAnswer Answer(ChatRequest request)
    {
        var promptTokens = 0;
        foreach (var message in request.Messages)
        {
            promptTokens += ChatTokenizer.CountWords(message.Text);
        }

        var last = request.Messages[^1];
        if (last.Role == "user" && request.Tools.Count > 0 && request.ToolChoice.Mode != ChatToolMode.None)
        {
            var name = request.ToolChoice.Name ?? request.Tools[0];
            var arguments = JsonSerializer.Serialize(new ChatToolArguments(last.Text), EmulatorJson.Default.ChatToolArguments);
            return new ChatAnswer(
                null, ChatTokenizer.Slices(arguments, ArgumentFragmentLength), new ChatToolCall(ChatIds.ToolCall(), name, arguments), "tool_calls", promptTokens);
        }

        var text = Reply(request, last);
        var finishReason = "stop";
        text = CutAtStop(text, request.Stop);
        var tokens = ChatTokenizer.Words(text);
        if (request.MaxTokens is { } max && tokens.Count > max)
        {
            tokens = tokens[..max];
            text = string.Concat(tokens);
            finishReason = "length";
        }

        return new ChatAnswer(text, tokens, null, finishReason, promptTokens);
    }

    private static string Reply(ChatRequest request, ChatMessage last)
    {
        var reply = last.Role is "tool" or "function" ? "Answer: " + last.Text : Echo(request.Messages);
        return request.JsonObject
            ? JsonSerializer.Serialize(new ChatJsonReply(reply), EmulatorJson.Default.ChatJsonReply)
            : reply;
    }

    private static string Echo(IReadOnlyList<ChatMessage> messages)
    {
        for (var i = messages.Count - 1; i >= 0; i--)
        {
            if (messages[i].Role == "user")
            {
                var user = messages[i];
                var echo = user.Text.Length == 0 ? "Echo:" : "Echo: " + user.Text;
                return user.ImageCount switch
                {
                    0 => echo,
                    1 => echo + " [1 image]",
                    _ => echo + string.Create(CultureInfo.InvariantCulture, $" [{user.ImageCount} images]"),
                };
            }
        }

        return "Echo:";
    }

    private static string CutAtStop(string text, IReadOnlyList<string> stops)
    {
        var cut = -1;
        foreach (var stop in stops)
        {
            var at = text.IndexOf(stop, StringComparison.Ordinal);
            if (at >= 0 && (cut < 0 || at < cut))
            {
                cut = at;
            }
        }

        return cut < 0 ? text : text[..cut];
    }
}
