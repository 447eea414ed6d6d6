using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Skytells.Emulator.Errors;
using Skytells.Emulator.Http;

namespace Skytells.Emulator.Chat;

/// <summary>Parses and checks a chat completion request body (spec section 2.8); fields it does not model pass unread.</summary>
internal static class ChatRequestParser
{
    public static ChatRequest Parse(ReadOnlyMemory<byte> body, IQueryCollection query)
    {
        using (var document = RequestJson.ParseObject(body))
        {
            var root = document.RootElement;

            var tools = ChatToolParser.ParseTools(root);
            return new ChatRequest(
                Model(root),
                ChatMessageParser.ParseAll(root),
                tools,
                ChatToolParser.ParseChoice(root, tools),
                JsonObject(root),
                Stop(root),
                MaxTokens(root),
                Stream(root, query),
                IncludeUsage(root),
                Choices(root),
                Logprobs(root));
        }
    }

    /// <summary>Whether a request streams: the body's <c>stream</c>, or <c>?stream=true</c>, which the docs also allow.</summary>
    public static bool WantsStream(JsonElement root, IQueryCollection query) =>
        string.Equals(query["stream"].ToString(), "true", StringComparison.OrdinalIgnoreCase)
        || (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("stream", out var stream) && stream.ValueKind == JsonValueKind.True);

    private static string Model(JsonElement root) =>
        root.TryGetProperty("model", out var model) && model.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(model.GetString())
            ? model.GetString()!
            : throw ChatErrors.InvalidParameter("model", "The model field is required and must be a model id.");

    private static bool JsonObject(JsonElement root)
    {
        if (!root.TryGetProperty("response_format", out var format) || format.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        var type = format.ValueKind == JsonValueKind.Object && format.TryGetProperty("type", out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
        return type switch
        {
            "text" => false,
            "json_object" or "json_schema" => true,
            _ => throw ChatErrors.InvalidParameter("response_format", """response_format must be {"type":"text"}, {"type":"json_object"} or {"type":"json_schema",...}."""),
        };
    }

    private static List<string> Stop(JsonElement root)
    {
        if (!root.TryGetProperty("stop", out var stop) || stop.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (stop.ValueKind == JsonValueKind.String)
        {
            return stop.GetString() is { Length: > 0 } single ? [single] : [];
        }

        if (stop.ValueKind != JsonValueKind.Array)
        {
            throw InvalidStop();
        }

        var sequences = new List<string>();
        foreach (var item in stop.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                throw InvalidStop();
            }

            if (item.GetString() is { Length: > 0 } sequence)
            {
                sequences.Add(sequence);
            }
        }

        return sequences;
    }

    private static ApiErrorException InvalidStop() =>
        ChatErrors.InvalidParameter("stop", "stop must be a string, an array of strings or null.");

    private const int MaxChoices = 8;

    private static int Choices(JsonElement root)
    {
        if (!root.TryGetProperty("n", out var n) || n.ValueKind == JsonValueKind.Null)
        {
            return 1;
        }

        return n.ValueKind == JsonValueKind.Number && n.TryGetInt32(out var count) && count is >= 1 and <= MaxChoices
            ? count
            : throw ChatErrors.InvalidParameter("n", $"n must be a whole number from 1 to {MaxChoices}.");
    }

    private static bool Logprobs(JsonElement root)
    {
        if (!root.TryGetProperty("logprobs", out var logprobs) || logprobs.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        return logprobs.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? logprobs.ValueKind == JsonValueKind.True
            : throw ChatErrors.InvalidParameter("logprobs", "logprobs must be a boolean.");
    }

    private static int? MaxTokens(JsonElement root)
    {
        foreach (var name in (ReadOnlySpan<string>)["max_tokens", "max_completion_tokens"])
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
            {
                return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var max) && max >= 1
                    ? max
                    : throw ChatErrors.InvalidParameter(name, $"{name} must be a positive integer.");
            }
        }

        return null;
    }

    private static bool Stream(JsonElement root, IQueryCollection query)
    {
        if (root.TryGetProperty("stream", out var stream) && stream.ValueKind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null))
        {
            throw ChatErrors.InvalidParameter("stream", "stream must be a boolean.");
        }

        if (root.TryGetProperty("stream_options", out var options) && options.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
        {
            throw ChatErrors.InvalidParameter("stream_options", "stream_options must be an object.");
        }

        return WantsStream(root, query);
    }

    // A stream reports usage only when asked, in a last chunk of its own (stream_options.include_usage, as OpenAI does).
    private static bool IncludeUsage(JsonElement root)
    {
        if (!root.TryGetProperty("stream_options", out var options) || options.ValueKind != JsonValueKind.Object
            || !options.TryGetProperty("include_usage", out var include) || include.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        return include.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? include.ValueKind == JsonValueKind.True
            : throw ChatErrors.InvalidParameter("stream_options.include_usage", "stream_options.include_usage must be a boolean.");
    }
}
