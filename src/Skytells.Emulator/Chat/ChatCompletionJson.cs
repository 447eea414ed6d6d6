using System.Text.Json;
using Skytells.Emulator.Http;

namespace Skytells.Emulator.Chat;

/// <summary>Writes the non-streaming <c>chat.completion</c> object of spec section 2.8.</summary>
internal static class ChatCompletionJson
{
    public static byte[] Serialize(ChatCompletionMeta meta, ChatAnswer answer) => JsonBody.Write((meta, answer), static (writer, state) =>
    {
        var (meta, answer) = state;
        writer.WriteStartObject();
        writer.WriteString("id", meta.Id);
        writer.WriteString("object", "chat.completion");
        writer.WriteNumber("created", meta.Created);
        writer.WriteString("model", meta.Model);
        writer.WriteString("system_fingerprint", ChatIds.SystemFingerprint);
        writer.WritePropertyName("choices");
        writer.WriteStartArray();
        writer.WriteStartObject();
        writer.WriteNumber("index", 0);
        writer.WritePropertyName("message");
        WriteMessage(writer, answer);
        writer.WriteNull("logprobs");
        writer.WriteString("finish_reason", answer.FinishReason);
        ContentFilterJson.WriteCompletion(writer);
        writer.WriteEndObject();
        writer.WriteEndArray();
        WriteUsage(writer, answer);
        ContentFilterJson.WritePrompt(writer);
        writer.WriteEndObject();
    });

    /// <summary>The <c>usage</c> object, shared with the last chunk of a stream.</summary>
    public static void WriteUsage(Utf8JsonWriter writer, ChatAnswer answer)
    {
        writer.WritePropertyName("usage");
        writer.WriteStartObject();
        writer.WriteNumber("prompt_tokens", answer.PromptTokens);
        writer.WriteNumber("completion_tokens", answer.CompletionTokens);
        writer.WriteNumber("total_tokens", answer.TotalTokens);
        writer.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter writer, ChatAnswer answer)
    {
        writer.WriteStartObject();
        writer.WriteString("role", "assistant");
        writer.WriteNullableString("content", answer.Content);
        writer.WriteNull("refusal");
        writer.WritePropertyName("annotations");
        writer.WriteStartArray();
        writer.WriteEndArray();
        if (answer.ToolCall is { } call)
        {
            writer.WritePropertyName("tool_calls");
            writer.WriteStartArray();
            writer.WriteStartObject();
            writer.WriteString("id", call.Id);
            writer.WriteString("type", "function");
            writer.WritePropertyName("function");
            writer.WriteStartObject();
            writer.WriteString("name", call.Name);
            writer.WriteString("arguments", call.Arguments);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
