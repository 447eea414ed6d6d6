using System.Text.Json.Serialization;

namespace Skytells;

/// <summary>Message content: either plain text or a list of parts (text and images). Written as a string or an array.</summary>
[JsonConverter(typeof(ChatMessageContentConverter))]
public sealed class ChatMessageContent
{
    /// <summary>Text content.</summary>
    public ChatMessageContent(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>Multi-part content.</summary>
    public ChatMessageContent(IEnumerable<ChatContentPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        Parts = parts.ToArray();
    }

    /// <summary>The text, when the content is plain text.</summary>
    public string? Text { get; }

    /// <summary>The parts, when the content is multi-part.</summary>
    public IReadOnlyList<ChatContentPart>? Parts { get; }

    /// <summary>Plain text content.</summary>
    public static implicit operator ChatMessageContent(string text) => new(text);

    /// <summary>Named alternative to the implicit conversion.</summary>
    public static ChatMessageContent FromText(string text) => new(text);

    /// <summary>All text of the content (the text parts joined).</summary>
    public override string ToString() => Text ?? string.Concat(Parts!.Select(p => p.Text));
}
