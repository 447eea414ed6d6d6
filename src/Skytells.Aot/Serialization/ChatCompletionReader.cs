using System.Text.Json;

namespace Skytells;

/// <summary>
/// Reads a chat completion in one pass over the answer's bytes. Content filters, log probabilities, token details and
/// unknown fields are copied as received and parsed on first read; strings that recur from one answer to the next
/// (object type, model, fingerprint, role, finish reason) are shared. Values of the wrong JSON type fail as
/// <see cref="JsonException"/>, as the serializer's would.
/// </summary>
internal static class ChatCompletionReader
{
    /// <summary>Reads a body that holds one completion (null for a JSON <c>null</c>).</summary>
    public static ChatCompletion? Read(ReadOnlySpan<byte> json) => JsonValueReader.Guard(json, static json =>
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read())
        {
            throw new JsonException("The body holds no JSON value.");
        }

        var completion = ReadCompletion(ref reader, json);

        // Anything after the value is malformed; the reader throws on it.
        reader.Read();
        return completion;
    });

    private static ChatCompletion? ReadCompletion(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        if (!JsonValueReader.StartsObject(ref reader, "completion"))
        {
            return null;
        }

        var completion = new ChatCompletion();
        RawJson promptFilterResults = default;
        var unknown = new UnknownMembers(stackalloc Range[8]);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                completion.Id = JsonValueReader.String(ref reader, "id");
            }
            else if (reader.ValueTextEquals("object"u8))
            {
                reader.Read();
                completion.ObjectType = JsonValueReader.RecurringString(ref reader, "object");
            }
            else if (reader.ValueTextEquals("created"u8))
            {
                reader.Read();
                completion.Created = JsonValueReader.Int64(ref reader, "created");
            }
            else if (reader.ValueTextEquals("model"u8))
            {
                reader.Read();
                completion.Model = JsonValueReader.RecurringString(ref reader, "model");
            }
            else if (reader.ValueTextEquals("system_fingerprint"u8))
            {
                reader.Read();
                completion.SystemFingerprint = JsonValueReader.RecurringString(ref reader, "system_fingerprint");
            }
            else if (reader.ValueTextEquals("choices"u8))
            {
                reader.Read();
                completion.Choices = ReadChoices(ref reader, json);
            }
            else if (reader.ValueTextEquals("usage"u8))
            {
                reader.Read();
                completion.Usage = ReadUsage(ref reader, json);
            }
            else if (reader.ValueTextEquals("prompt_filter_results"u8))
            {
                reader.Read();
                promptFilterResults = Deferred(ref reader, json);
            }
            else
            {
                unknown.Add(UnknownMembers.Extent(ref reader));
            }
        }

        completion.Receive(promptFilterResults, unknown.ToRaw(json));
        return completion;
    }

    private static List<ChatChoice> ReadChoices(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        var choices = new List<ChatChoice>(1);
        if (!JsonValueReader.StartsArray(ref reader, "choices"))
        {
            return choices;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (ReadChoice(ref reader, json) is { } choice)
            {
                choices.Add(choice);
            }
        }

        return choices;
    }

    private static ChatChoice? ReadChoice(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        if (!JsonValueReader.StartsObject(ref reader, "choices[]"))
        {
            return null;
        }

        var choice = new ChatChoice();
        RawJson logprobs = default, contentFilterResults = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("index"u8))
            {
                reader.Read();
                choice.Index = JsonValueReader.Int32(ref reader, "choices[].index") ?? 0;
            }
            else if (reader.ValueTextEquals("message"u8))
            {
                reader.Read();
                choice.Message = ReadMessage(ref reader);
            }
            else if (reader.ValueTextEquals("finish_reason"u8))
            {
                reader.Read();
                choice.FinishReason = JsonValueReader.RecurringString(ref reader, "choices[].finish_reason");
            }
            else if (reader.ValueTextEquals("logprobs"u8))
            {
                reader.Read();
                logprobs = Deferred(ref reader, json);
            }
            else if (reader.ValueTextEquals("content_filter_results"u8))
            {
                reader.Read();
                contentFilterResults = Deferred(ref reader, json);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        choice.Receive(logprobs, contentFilterResults);
        return choice;
    }

    private static ChatResponseMessage? ReadMessage(ref Utf8JsonReader reader)
    {
        if (!JsonValueReader.StartsObject(ref reader, "choices[].message"))
        {
            return null;
        }

        var message = new ChatResponseMessage();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("role"u8))
            {
                reader.Read();
                message.Role = JsonValueReader.RecurringString(ref reader, "choices[].message.role");
            }
            else if (reader.ValueTextEquals("content"u8))
            {
                reader.Read();
                message.Content = ChatTextConverter.ReadValue(ref reader);
            }
            else if (reader.ValueTextEquals("refusal"u8))
            {
                reader.Read();
                message.Refusal = JsonValueReader.String(ref reader, "choices[].message.refusal");
            }
            else if (reader.ValueTextEquals("tool_calls"u8))
            {
                reader.Read();
                message.ToolCalls = JsonSerializer.Deserialize(ref reader, SkytellsJsonContext.Default.IReadOnlyListChatToolCall) ?? [];
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return message;
    }

    private static ChatUsage? ReadUsage(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        if (!JsonValueReader.StartsObject(ref reader, "usage"))
        {
            return null;
        }

        var usage = new ChatUsage();
        RawJson completionDetails = default, promptDetails = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("prompt_tokens"u8))
            {
                reader.Read();
                usage.PromptTokens = JsonValueReader.Int32(ref reader, "usage.prompt_tokens") ?? 0;
            }
            else if (reader.ValueTextEquals("completion_tokens"u8))
            {
                reader.Read();
                usage.CompletionTokens = JsonValueReader.Int32(ref reader, "usage.completion_tokens") ?? 0;
            }
            else if (reader.ValueTextEquals("total_tokens"u8))
            {
                reader.Read();
                usage.TotalTokens = JsonValueReader.Int32(ref reader, "usage.total_tokens") ?? 0;
            }
            else if (reader.ValueTextEquals("completion_tokens_details"u8))
            {
                reader.Read();
                completionDetails = Deferred(ref reader, json);
            }
            else if (reader.ValueTextEquals("prompt_tokens_details"u8))
            {
                reader.Read();
                promptDetails = Deferred(ref reader, json);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        usage.Receive(completionDetails, promptDetails);
        return usage;
    }

    /// <summary>A copy of the value at the reader's current token, for parsing on first read; nothing for <c>null</c>.</summary>
    private static RawJson Deferred(ref Utf8JsonReader reader, ReadOnlySpan<byte> json) =>
        reader.TokenType == JsonTokenType.Null ? default : RawJson.Copy(json[JsonValueReader.Extent(ref reader)]);
}
