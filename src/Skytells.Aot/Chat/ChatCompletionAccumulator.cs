using System.Text;

namespace Skytells;

/// <summary>Joins streamed chunks into the final completion: content, refusals and tool-call arguments per choice.</summary>
public sealed class ChatCompletionAccumulator
{
    private readonly SortedDictionary<int, ChoiceState> _choices = [];
    private string? _id;
    private string? _model;
    private long? _created;
    private string? _fingerprint;
    private ChatUsage? _usage;

    /// <summary>Adds one chunk.</summary>
    public void Add(ChatCompletionChunk chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        _id ??= chunk.Id;
        _model ??= chunk.Model;
        _created ??= chunk.Created;
        _fingerprint ??= chunk.SystemFingerprint;
        _usage = chunk.Usage ?? _usage;
        foreach (var choice in chunk.Choices)
        {
            if (!_choices.TryGetValue(choice.Index, out var state))
            {
                _choices[choice.Index] = state = new ChoiceState();
            }

            state.Add(choice);
        }
    }

    /// <summary>The completion built from every chunk added so far.</summary>
    public ChatCompletion ToCompletion() => new()
    {
        Id = _id,
        ObjectType = "chat.completion",
        Model = _model,
        Created = _created,
        SystemFingerprint = _fingerprint,
        Usage = _usage,
        Choices = _choices.Select(pair => pair.Value.ToChoice(pair.Key)).ToList(),
    };

    private sealed class ChoiceState
    {
        private readonly StringBuilder _content = new();
        private readonly StringBuilder _refusal = new();
        private readonly SortedDictionary<int, ToolCallState> _toolCalls = [];
        private string? _role;
        private string? _finishReason;
        private bool _hasContent;

        public void Add(ChatChunkChoice choice)
        {
            _finishReason = choice.FinishReason ?? _finishReason;
            if (choice.Delta is not { } delta)
            {
                return;
            }

            _role ??= delta.Role;
            if (delta.Content is not null)
            {
                _hasContent = true;
                _content.Append(delta.Content);
            }

            _refusal.Append(delta.Refusal);
            for (var i = 0; i < delta.ToolCalls.Count; i++)
            {
                var call = delta.ToolCalls[i];
                var index = call.Index ?? i;
                if (!_toolCalls.TryGetValue(index, out var state))
                {
                    _toolCalls[index] = state = new ToolCallState();
                }

                state.Add(call);
            }
        }

        public ChatChoice ToChoice(int index) => new()
        {
            Index = index,
            FinishReason = _finishReason,
            Message = new ChatResponseMessage
            {
                Role = _role ?? "assistant",
                Content = _hasContent ? _content.ToString() : null,
                Refusal = _refusal.Length > 0 ? _refusal.ToString() : null,
                ToolCalls = _toolCalls.Values.Select(t => t.ToToolCall()).ToList(),
            },
        };
    }

    private sealed class ToolCallState
    {
        private readonly StringBuilder _arguments = new();
        private string? _id;
        private string? _type;
        private string? _name;

        public void Add(ChatToolCall call)
        {
            _id ??= call.Id;
            _type ??= call.Type;
            _name ??= call.Function?.Name;
            _arguments.Append(call.Function?.Arguments);
        }

        public ChatToolCall ToToolCall() => new()
        {
            Id = _id,
            Type = _type ?? "function",
            Function = new ChatFunctionCall { Name = _name, Arguments = _arguments.ToString() },
        };
    }
}
