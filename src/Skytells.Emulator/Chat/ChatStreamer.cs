using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Skytells.Emulator.Http;
using Skytells.Emulator.Json;
using Skytells.Emulator.RateLimits;

namespace Skytells.Emulator.Chat;

/// <summary>
/// Plans a stream's chunks and yields them with their pacing and faults. A fault "after N chunks" strikes before
/// chunk N+1 (N = 0: before the first; N = all chunks: in place of <c>[DONE]</c>). Pauses run on wall-clock time, like
/// injected delays, because they are what the client's time-to-first-token and idle timeouts measure.
/// </summary>
internal static class ChatStreamer
{
    private static readonly byte[] Done = "[DONE]"u8.ToArray();

    // A comment line, as servers send to keep a connection open: an empty data event is not one and crashes some SDKs.
    private static readonly byte[] KeepAlive = ": keep-alive\n\n"u8.ToArray();

    /// <summary>
    /// The chunk payloads in sending order: the role, one per token (or the tool call's header and argument fragments),
    /// the finish, and with <paramref name="includeUsage"/> a last chunk with no choices and the <c>usage</c>. With
    /// several <paramref name="choices"/> every step is sent once per choice index, as OpenAI interleaves them.
    /// </summary>
    public static List<byte[]> Plan(ChatCompletionMeta meta, ChatAnswer answer, bool includeUsage, int choices)
    {
        byte[] Chunk<TDelta>(ChatChunkChoice<TDelta>[] parts, ChatUsage? usage, JsonTypeInfo<ChatChunkBody<TDelta>> info) =>
            JsonSerializer.SerializeToUtf8Bytes(
                new ChatChunkBody<TDelta>(meta.Id, "chat.completion.chunk", meta.Created, meta.Model, ChatIds.SystemFingerprint, parts, usage), info);
        Func<int, byte[]> Delta(ChatDelta delta, string? finishReason = null) =>
            index => Chunk([new(index, delta, null, finishReason)], null, EmulatorJson.Default.ChatChunkBodyChatDelta);

        var steps = new List<Func<int, byte[]>>(answer.Tokens.Count + 3)
        {
            index => Chunk([new ChatChunkChoice<ChatRoleDelta>(index, new("assistant", null), null, null)], null, EmulatorJson.Default.ChatChunkBodyChatRoleDelta),
        };
        if (answer.ToolCall is { } call)
        {
            // Only the first delta of a call names it; later deltas carry argument text alone, as OpenAI streams do.
            steps.Add(Delta(new(null, [new(0, call.Id, "function", new(call.Name, string.Empty))])));
            steps.AddRange(answer.Tokens.Select(fragment => Delta(new(null, [new(0, null, null, new(null, fragment))]))));
        }
        else
        {
            steps.AddRange(answer.Tokens.Select(token => Delta(new(token, null))));
        }

        steps.Add(Delta(new(null, null), answer.FinishReason));
        var chunks = steps.SelectMany(step => Enumerable.Range(0, choices).Select(step)).ToList();
        if (includeUsage)
        {
            var completion = answer.CompletionTokens * choices;
            chunks.Add(Chunk<ChatDelta>([], new ChatUsage(answer.PromptTokens, completion, answer.PromptTokens + completion), EmulatorJson.Default.ChatChunkBodyChatDelta));
        }

        return chunks;
    }

    /// <summary>The bytes of the whole stream as planned, ending in <c>[DONE]</c>: what a stream to be dropped announces.</summary>
    public static long PlannedLength(IReadOnlyList<byte[]> chunks, ChatStreamSettings settings) =>
        SseResult.EventLength(Done.Length) + chunks.Sum(c => SseResult.EventLength(c.Length) + (settings.KeepAlive ? KeepAlive.Length : 0));

    /// <param name="body">The response body, for the keep-alive frames that are no events.</param>
    /// <param name="chunks">The chunk JSON payloads, in order.</param>
    /// <param name="settings">Pacing and faults.</param>
    /// <param name="errorEvent">The payload of the error event, for <see cref="ChatStreamSettings.ErrorAfterChunks"/>.</param>
    /// <param name="slot">The stream's concurrent-stream slot, released as the stream ends.</param>
    /// <param name="aborted">The client went away or the emulator is stopping.</param>
    public static async IAsyncEnumerable<SseItem<ReadOnlyMemory<byte>>> RunAsync(
        Stream body, IReadOnlyList<byte[]> chunks, ChatStreamSettings settings, byte[] errorEvent, StreamSlot slot,
        [EnumeratorCancellation] CancellationToken aborted)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        if (settings.MaxDuration is { } maxDuration)
        {
            deadline.CancelAfter(maxDuration);
        }

        try
        {
            if (!await PauseAsync(settings.TimeToFirstToken, deadline, aborted).ConfigureAwait(false))
            {
                yield break;
            }

            for (var sent = 0; ; sent++)
            {
                if (sent == settings.StallAfterChunks && !await PauseAsync(settings.Stall, deadline, aborted).ConfigureAwait(false))
                {
                    yield break;
                }

                if (sent == settings.DropAfterChunks)
                {
                    // The response announced the planned length (see PlannedLength): stopping short of it makes the
                    // server close the connection mid-body, which the client sees as a broken stream.
                    yield break;
                }

                if (sent == settings.ErrorAfterChunks)
                {
                    slot.Dispose();
                    yield return new(errorEvent);
                    yield break;
                }

                if (sent == chunks.Count)
                {
                    break;
                }

                // The role chunk and the first token leave together: the time to first token is the wait before both.
                if (sent >= 2 && !await PauseAsync(settings.InterTokenDelay, deadline, aborted).ConfigureAwait(false))
                {
                    yield break;
                }

                if (settings.KeepAlive)
                {
                    await body.WriteAsync(KeepAlive, aborted).ConfigureAwait(false);
                }

                yield return new(chunks[sent]);
            }

            // Freed before the last frame: a client that has seen the end may open its next stream at once.
            slot.Dispose();
            if (!settings.OmitDone)
            {
                yield return new(Done);
            }
        }
        finally
        {
            slot.Dispose();
        }
    }

    /// <returns>False when the stream reached its maximum duration: the server then closes it cleanly, without [DONE] (spec section 6).</returns>
    private static async Task<bool> PauseAsync(TimeSpan pause, CancellationTokenSource deadline, CancellationToken aborted)
    {
        if (pause <= TimeSpan.Zero)
        {
            return true;
        }

        try
        {
            await Task.Delay(pause, deadline.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
        {
            return false;
        }
    }
}
