namespace Skytells;

/// <summary>A part of a multi-part message: <c>{type:"text", text}</c> or <c>{type:"image_url", image_url:{url, detail}}</c>.</summary>
public sealed class ChatContentPart
{
    /// <summary><c>text</c> or <c>image_url</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The text of a text part.</summary>
    public string? Text { get; init; }

    /// <summary>The image of an image part.</summary>
    public ChatImageUrl? ImageUrl { get; init; }

    /// <summary>A text part.</summary>
    public static ChatContentPart FromText(string text) => new() { Type = "text", Text = text };

    /// <summary>An image part (a URL or a <c>data:</c> URI), with optional detail <c>low</c>, <c>high</c> or <c>auto</c>.</summary>
    public static ChatContentPart FromImage(string url, string? detail = null) => new() { Type = "image_url", ImageUrl = new ChatImageUrl { Url = url, Detail = detail } };
}

/// <summary>The image of an image part.</summary>
public sealed class ChatImageUrl
{
    /// <summary>The image URL or data URI.</summary>
    public required string Url { get; init; }

    /// <summary><c>low</c>, <c>high</c> or <c>auto</c>.</summary>
    public string? Detail { get; init; }
}
