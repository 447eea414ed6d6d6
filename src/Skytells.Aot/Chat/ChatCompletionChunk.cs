using System.Text.Json;
using System.Text.Json.Serialization;

namespace Skytells;

/// <summary>One streamed piece of a chat completion (<c>chat.completion.chunk</c>).</summary>
public sealed class ChatCompletionChunk
{
    /// <summary>The completion id (the same on every chunk).</summary>
    [JsonConverter(typeof(RecurringStringConverter))]
    public string? Id { get; set; }

    /// <summary><c>chat.completion.chunk</c>.</summary>
    [JsonPropertyName("object")]
    [JsonConverter(typeof(RecurringStringConverter))]
    public string? ObjectType { get; set; }

    /// <summary>Creation time, unix seconds.</summary>
    public long? Created { get; set; }

    /// <summary>The model.</summary>
    [JsonConverter(typeof(RecurringStringConverter))]
    public string? Model { get; set; }

    /// <summary>Backend configuration fingerprint.</summary>
    [JsonConverter(typeof(RecurringStringConverter))]
    public string? SystemFingerprint { get; set; }

    /// <summary>The deltas of this chunk.</summary>
    public IReadOnlyList<ChatChunkChoice> Choices { get => field ?? []; set; }

    /// <summary>Usage, usually on the last chunk only.</summary>
    public ChatUsage? Usage { get; set; }

    /// <summary>The first choice's text delta.</summary>
    [JsonIgnore]
    public string? ContentDelta => Choices.Count > 0 ? Choices[0].Delta?.Content : null;

    /// <summary>Fields this release does not know.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A choice delta of a chunk.</summary>
public sealed class ChatChunkChoice
{
    /// <summary>The choice index.</summary>
    public int Index { get; set; }

    /// <summary>What this chunk adds.</summary>
    public ChatDelta? Delta { get; set; }

    /// <summary>Set on the choice's last chunk.</summary>
    [JsonConverter(typeof(RecurringStringConverter))]
    public string? FinishReason { get; set; }
}

/// <summary>What a chunk adds to a message.</summary>
public sealed class ChatDelta
{
    /// <summary>The role, on the first chunk.</summary>
    [JsonConverter(typeof(RecurringStringConverter))]
    public string? Role { get; set; }

    /// <summary>A text fragment (joined when the server sends parts).</summary>
    [JsonConverter(typeof(ChatTextConverter))]
    public string? Content { get; set; }

    /// <summary>A refusal fragment.</summary>
    public string? Refusal { get; set; }

    /// <summary>Tool-call fragments, keyed by <see cref="ChatToolCall.Index"/>.</summary>
    public IReadOnlyList<ChatToolCall> ToolCalls { get => field ?? []; set; }
}
