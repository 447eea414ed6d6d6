using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Skytells.Emulator.Chat;

/// <summary>Reads and checks <c>messages</c>: string content or parts (text and <c>image_url</c>), per spec section 2.8.</summary>
internal static class ChatMessageParser
{
    private static readonly HashSet<string> Roles = new(StringComparer.Ordinal) { "system", "developer", "user", "assistant", "tool", "function" };

    public static List<ChatMessage> ParseAll(JsonElement root)
    {
        if (!root.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array || messages.GetArrayLength() == 0)
        {
            throw ChatErrors.InvalidParameter("messages", "The messages field is required and must be a non-empty array.");
        }

        var result = new List<ChatMessage>(messages.GetArrayLength());
        foreach (var message in messages.EnumerateArray())
        {
            result.Add(Parse(message, Indexed("messages", result.Count)));
        }

        return result;
    }

    private static ChatMessage Parse(JsonElement message, string param)
    {
        if (message.ValueKind != JsonValueKind.Object)
        {
            throw ChatErrors.InvalidParameter(param, "Each message must be an object.");
        }

        if (!message.TryGetProperty("role", out var roleValue) || roleValue.ValueKind != JsonValueKind.String || !Roles.Contains(roleValue.GetString()!))
        {
            throw ChatErrors.InvalidParameter(param + ".role", "A message role must be system, developer, user, assistant, tool or function.");
        }

        var role = roleValue.GetString()!;
        if (role == "tool" && !(message.TryGetProperty("tool_call_id", out var id) && id.ValueKind == JsonValueKind.String))
        {
            throw ChatErrors.InvalidParameter(param + ".tool_call_id", "A tool message needs the tool_call_id it answers.");
        }

        var (text, images) = Content(message, param, role);
        return new ChatMessage(role, text, images);
    }

    private static (string Text, int Images) Content(JsonElement message, string param, string role)
    {
        if (!message.TryGetProperty("content", out var content) || content.ValueKind == JsonValueKind.Null)
        {
            // An assistant turn that only called tools has no content; every other turn must say something.
            return role == "assistant"
                ? (string.Empty, 0)
                : throw ChatErrors.InvalidParameter(param + ".content", "The message content is required.");
        }

        return content.ValueKind switch
        {
            JsonValueKind.String => (content.GetString()!, 0),
            JsonValueKind.Array => Parts(content, param + ".content"),
            _ => throw ChatErrors.InvalidParameter(param + ".content", "The message content must be a string or an array of parts."),
        };
    }

    private static (string Text, int Images) Parts(JsonElement parts, string param)
    {
        var text = new StringBuilder();
        var images = 0;
        var index = 0;
        foreach (var part in parts.EnumerateArray())
        {
            var partParam = Indexed(param, index++);
            if (part.ValueKind != JsonValueKind.Object || !part.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                throw ChatErrors.InvalidParameter(partParam + ".type", "Each content part needs a type.");
            }

            switch (type.GetString())
            {
                case "text":
                    if (!part.TryGetProperty("text", out var partText) || partText.ValueKind != JsonValueKind.String)
                    {
                        throw ChatErrors.InvalidParameter(partParam + ".text", "A text part needs its text.");
                    }

                    text.Append(text.Length > 0 ? " " : string.Empty).Append(partText.GetString());
                    break;
                case "image_url":
                    if (!HasImageUrl(part))
                    {
                        throw ChatErrors.InvalidParameter(partParam + ".image_url", "An image_url part needs image_url.url.");
                    }

                    images++;
                    break;
                default:
                    // Other parts (audio, files, refusals) pass unread: the emulator answers from text alone.
                    break;
            }
        }

        return (text.ToString(), images);
    }

    private static bool HasImageUrl(JsonElement part) =>
        part.TryGetProperty("image_url", out var image)
        && image.ValueKind == JsonValueKind.Object
        && image.TryGetProperty("url", out var url)
        && url.ValueKind == JsonValueKind.String
        && !string.IsNullOrEmpty(url.GetString());

    private static string Indexed(string param, int index) => string.Create(CultureInfo.InvariantCulture, $"{param}[{index}]");
}
