using System.Globalization;
using System.Text.Json;

namespace Skytells.Emulator.Chat;

/// <summary>Reads and checks <c>tools</c> (function tools only) and <c>tool_choice</c> (spec section 2.8).</summary>
internal static class ChatToolParser
{
    public static List<string> ParseTools(JsonElement root)
    {
        if (!root.TryGetProperty("tools", out var tools) || tools.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (tools.ValueKind != JsonValueKind.Array)
        {
            throw ChatErrors.InvalidParameter("tools", "The tools field must be an array of function tools.");
        }

        var names = new List<string>();
        foreach (var tool in tools.EnumerateArray())
        {
            names.Add(FunctionName(tool) ?? throw ChatErrors.InvalidParameter(
                string.Create(CultureInfo.InvariantCulture, $"tools[{names.Count}]"),
                """A tool must look like {"type":"function","function":{"name":"..."}}."""));
        }

        return names;
    }

    public static ChatToolChoice ParseChoice(JsonElement root, IReadOnlyList<string> tools)
    {
        if (!root.TryGetProperty("tool_choice", out var choice) || choice.ValueKind == JsonValueKind.Null)
        {
            return ChatToolChoice.Auto;
        }

        var parsed = choice.ValueKind switch
        {
            JsonValueKind.String => choice.GetString() switch
            {
                "none" => new ChatToolChoice(ChatToolMode.None),
                "auto" => ChatToolChoice.Auto,
                "required" => new ChatToolChoice(ChatToolMode.Required),
                _ => null,
            },
            JsonValueKind.Object => FunctionName(choice) is { } name ? new ChatToolChoice(ChatToolMode.Function, name) : null,
            _ => null,
        } ?? throw ChatErrors.InvalidParameter(
            "tool_choice", """tool_choice must be "none", "auto", "required" or {"type":"function","function":{"name":"..."}}.""");

        if (parsed.Mode is ChatToolMode.Required or ChatToolMode.Function && tools.Count == 0)
        {
            throw ChatErrors.InvalidParameter("tool_choice", "tool_choice asks for a tool call, but the request offers no tools.");
        }

        if (parsed.Name is { } chosen && !tools.Contains(chosen))
        {
            throw ChatErrors.InvalidParameter("tool_choice", $"tool_choice names the function '{chosen}', which is not among the tools.");
        }

        return parsed;
    }

    // Both a tool and a named tool_choice are {"type":"function","function":{"name":...}}.
    private static string? FunctionName(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty("type", out var type)
        && type.ValueKind == JsonValueKind.String
        && type.GetString() == "function"
        && element.TryGetProperty("function", out var function)
        && function.ValueKind == JsonValueKind.Object
        && function.TryGetProperty("name", out var name)
        && name.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(name.GetString())
            ? name.GetString()
            : null;
}
