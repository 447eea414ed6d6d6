using System.Text.Json;
using Skytells.Emulator.Http;

namespace Skytells.Emulator.Chat;

/// <summary>
/// Writes the <c>chat.completion.chunk</c> objects of a stream (spec sections 2.8 and 4), in the order the stream
/// sends them: the role, then one chunk per token (or the tool call's header and argument fragments), then the
/// finish chunk with <c>usage</c>.
/// </summary>
internal static class ChatChunkJson
{
    public static List<byte[]> Plan(ChatCompletionMeta meta, ChatAnswer answer)
    {
        var chunks = new List<byte[]>(answer.Tokens.Count + 3)
        {
            Chunk(meta, 0, static (writer, _) =>
            {
                writer.WriteString("role", "assistant");
                writer.WriteString("content", string.Empty);
            }),
        };

        if (answer.ToolCall is { } call)
        {
            chunks.Add(Chunk(meta, call, static (writer, call) => WriteToolCall(writer, call, string.Empty, withHeader: true)));
            foreach (var fragment in answer.Tokens)
            {
                chunks.Add(Chunk(meta, (call, fragment), static (writer, state) => WriteToolCall(writer, state.call, state.fragment, withHeader: false)));
            }
        }
        else
        {
            foreach (var token in answer.Tokens)
            {
                chunks.Add(Chunk(meta, token, static (writer, token) => writer.WriteString("content", token)));
            }
        }

        chunks.Add(Chunk(meta, 0, static (_, _) => { }, answer));
        return chunks;
    }

    private static byte[] Chunk<TState>(ChatCompletionMeta meta, TState state, Action<Utf8JsonWriter, TState> writeDelta, ChatAnswer? finish = null) =>
        JsonBody.Write((meta, state, writeDelta, finish), static (writer, s) =>
        {
            writer.WriteStartObject();
            writer.WriteString("id", s.meta.Id);
            writer.WriteString("object", "chat.completion.chunk");
            writer.WriteNumber("created", s.meta.Created);
            writer.WriteString("model", s.meta.Model);
            writer.WriteString("system_fingerprint", ChatIds.SystemFingerprint);
            writer.WritePropertyName("choices");
            writer.WriteStartArray();
            writer.WriteStartObject();
            writer.WriteNumber("index", 0);
            writer.WritePropertyName("delta");
            writer.WriteStartObject();
            s.writeDelta(writer, s.state);
            writer.WriteEndObject();
            writer.WriteNull("logprobs");
            writer.WriteNullableString("finish_reason", s.finish?.FinishReason);
            writer.WriteEndObject();
            writer.WriteEndArray();

            // Usage rides on the finish chunk (spec section 12, row 22), so a client has it when the stream ends.
            if (s.finish is { } answer)
            {
                ChatCompletionJson.WriteUsage(writer, answer);
            }

            writer.WriteEndObject();
        });

    private static void WriteToolCall(Utf8JsonWriter writer, ChatToolCall call, string arguments, bool withHeader)
    {
        writer.WritePropertyName("tool_calls");
        writer.WriteStartArray();
        writer.WriteStartObject();
        writer.WriteNumber("index", 0);
        if (withHeader)
        {
            // Only the first delta of a call names it; later deltas carry argument text alone, as OpenAI streams do.
            writer.WriteString("id", call.Id);
            writer.WriteString("type", "function");
        }

        writer.WritePropertyName("function");
        writer.WriteStartObject();
        if (withHeader)
        {
            writer.WriteString("name", call.Name);
        }

        writer.WriteString("arguments", arguments);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }
}
