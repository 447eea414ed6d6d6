using System.Text;

namespace Skytells.Tests.Fuzzing;

/// <summary>
/// The SSE mutation generator makes every kind of damage it promises, and the same batch for the same seed. Its
/// corpus here is a chat completion stream of the shape the emulator sends.
/// </summary>
public sealed class SseMutationsTests
{
    private const int Cases = 2_000;

    private static readonly byte[] ChatStream = Encoding.UTF8.GetBytes(
        "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\"}}]}\n\n" +
        "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hel\"}}]}\n\n" +
        "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"lo\"},\"finish_reason\":\"stop\"}]}\n\n" +
        "data: [DONE]\n\n");

    private static readonly byte[][] Batch = FuzzRun.Generate(SseMutations.Of(ChatStream), Cases);

    [Fact]
    public void The_same_seed_gives_the_same_batch() =>
        Assert.Equal(Batch, FuzzRun.Generate(SseMutations.Of(ChatStream), Cases));

    [Fact]
    public void Most_cases_are_mutated_and_a_few_are_left_as_they_were()
    {
        var unchanged = Batch.Count(stream => stream.AsSpan().SequenceEqual(ChatStream));
        Assert.InRange(unchanged, 1, Cases / 5);
    }

    [Fact]
    public void Truncations_and_missing_blank_lines_occur()
    {
        AtLeast(50, stream => stream.Length < ChatStream.Length && ChatStream.AsSpan().StartsWith(stream), "truncations");
        AtLeast(20, stream => Text(stream).Contains("}\ndata:", StringComparison.Ordinal), "events run together");
    }

    [Fact]
    public void Split_data_lines_and_broken_lines_occur()
    {
        AtLeast(20, stream => SseLines.Of(stream).Zip(SseLines.Of(stream).Skip(1)).Any(pair =>
            SseLines.Starts(stream, pair.First, "data:"u8) && SseLines.Starts(stream, pair.Second, "data:"u8)), "two data lines in one event");
        AtLeast(5, stream => SseLines.Of(stream).Any(line => SseLines.Starts(stream, line, "ta:"u8) || SseLines.Starts(stream, line, "a:"u8)), "a field name broken across lines");
    }

    [Fact]
    public void Mixed_line_endings_occur()
    {
        AtLeast(20, stream => Text(stream).Contains("\r\n", StringComparison.Ordinal), "CRLF endings");
        AtLeast(20, stream => Enumerable.Range(0, stream.Length).Any(i => stream[i] == '\r' && (i + 1 == stream.Length || stream[i + 1] != '\n')), "bare CR endings");
    }

    [Fact]
    public void Huge_lines_misplaced_DONE_and_error_events_occur()
    {
        AtLeast(10, stream => SseLines.Of(stream).Any(line => line.TextEnd - line.Start > 8 * 1024), "huge lines");
        AtLeast(20, stream =>
        {
            var text = Text(stream);
            var done = text.IndexOf("[DONE]", StringComparison.OrdinalIgnoreCase);
            return done >= 0 && text.IndexOf("data: {", done, StringComparison.Ordinal) > done;
        }, "[DONE] before other data");
        AtLeast(20, stream => Text(stream).Contains("event: error", StringComparison.Ordinal) || Text(stream).Contains("event:error", StringComparison.Ordinal), "error events");
    }

    [Fact]
    public void Damaged_JSON_payloads_occur()
    {
        AtLeast(50, stream => SseLines.Of(stream).Any(line =>
            SseLines.Starts(stream, line, "data: {"u8) && stream[line.TextEnd - 1] != (byte)'}'), "data lines whose JSON is cut or broken");
        AtLeast(10, stream => !System.Text.Unicode.Utf8.IsValid(stream), "invalid UTF-8");
    }

    private static void AtLeast(int count, Func<byte[], bool> kind, string what)
    {
        var found = Batch.Count(kind);
        Assert.True(found >= count, $"only {found} of {Cases} cases have {what}");
    }

    private static string Text(byte[] stream) => Encoding.UTF8.GetString(stream);
}
