using Skytells.Emulator.Http;
using Skytells.Emulator.RateLimits;

namespace Skytells.Emulator.Chat;

/// <summary>
/// Sends a planned stream with its pacing and faults. A fault "after N chunks" strikes before chunk N+1 (N = 0:
/// before the first; N = all chunks: in place of <c>[DONE]</c>). Pauses run on wall-clock time, like injected delays,
/// because they are what the client's time-to-first-token and idle timeouts measure.
/// </summary>
internal static class ChatStreamer
{
    private const string KeepAlive = "keep-alive";

    private static readonly byte[] Done = "[DONE]"u8.ToArray();

    /// <summary>The bytes of the whole stream as planned, ending in <c>[DONE]</c>: what a stream to be dropped announces.</summary>
    public static long PlannedLength(IReadOnlyList<byte[]> chunks, ChatStreamSettings settings)
    {
        var length = SseWriter.DataFrameLength(Done.Length);
        foreach (var chunk in chunks)
        {
            length += SseWriter.DataFrameLength(chunk.Length);
            if (settings.KeepAlive)
            {
                length += SseWriter.CommentFrameLength(KeepAlive) + SseWriter.EmptyDataFrameLength;
            }
        }

        return length;
    }

    /// <param name="writer">The open event stream.</param>
    /// <param name="chunks">The chunk JSON payloads, in order.</param>
    /// <param name="settings">Pacing and faults.</param>
    /// <param name="errorEvent">The payload of the error event, for <see cref="ChatStreamSettings.ErrorAfterChunks"/>.</param>
    /// <param name="slot">The stream's concurrent-stream slot, released as the stream ends.</param>
    /// <param name="aborted">The client went away or the emulator is stopping.</param>
    public static async Task RunAsync(
        SseWriter writer, IReadOnlyList<byte[]> chunks, ChatStreamSettings settings, byte[] errorEvent, StreamSlot slot, CancellationToken aborted)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        if (settings.MaxDuration is { } maxDuration)
        {
            deadline.CancelAfter(maxDuration);
        }

        try
        {
            await PauseAsync(settings.TimeToFirstToken, deadline.Token).ConfigureAwait(false);
            for (var sent = 0; ; sent++)
            {
                if (sent == settings.StallAfterChunks)
                {
                    await PauseAsync(settings.Stall, deadline.Token).ConfigureAwait(false);
                }

                if (sent == settings.DropAfterChunks)
                {
                    // The response announced the planned length (see PlannedLength): stopping short of it makes the
                    // server close the connection mid-body, which the client sees as a broken stream.
                    slot.Dispose();
                    return;
                }

                if (sent == settings.ErrorAfterChunks)
                {
                    slot.Dispose();
                    await writer.WriteDataAsync(errorEvent).ConfigureAwait(false);
                    return;
                }

                if (sent == chunks.Count)
                {
                    break;
                }

                // The role chunk and the first token leave together: the time to first token is the wait before both.
                if (sent >= 2)
                {
                    await PauseAsync(settings.InterTokenDelay, deadline.Token).ConfigureAwait(false);
                }

                if (settings.KeepAlive)
                {
                    await writer.WriteCommentAsync(KeepAlive).ConfigureAwait(false);
                    await writer.WriteEmptyDataAsync().ConfigureAwait(false);
                }

                await writer.WriteDataAsync(chunks[sent]).ConfigureAwait(false);
            }

            // Freed before the last frame: a client that has seen the end may open its next stream at once.
            slot.Dispose();
            if (!settings.OmitDone)
            {
                await writer.WriteDataAsync(Done).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !aborted.IsCancellationRequested)
        {
            // The stream reached its maximum duration: the server closes it cleanly, without [DONE] (spec section 6).
        }
        finally
        {
            slot.Dispose();
        }
    }

    private static Task PauseAsync(TimeSpan pause, CancellationToken cancellationToken) =>
        pause > TimeSpan.Zero ? Task.Delay(pause, cancellationToken) : Task.CompletedTask;
}
