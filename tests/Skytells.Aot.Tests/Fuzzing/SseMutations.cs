using System.Text;
using CsCheck;

namespace Skytells.Tests.Fuzzing;

/// <summary>
/// Hostile variants of real server-sent-event streams, for fuzzing SSE consumers (streaming chat, say). Built only
/// from CsCheck combinators, so a run is reproduced by its seed.
/// </summary>
/// <example><c>SseMutations.Of(validStream).Array[2000]</c>, sampled with a fixed seed (see <see cref="FuzzRun"/>).</example>
internal static class SseMutations
{
    /// <summary>Lengths of the huge lines inserted: past common 4/8 KiB buffers, just past 64 KiB, and a quarter MiB.</summary>
    /// <remarks>Kept well under a MiB so a batch of thousands of cases held in memory stays small.</remarks>
    public static readonly int[] HugeLineLengths = [8 * 1024 + 1, 64 * 1024 + 1, 256 * 1024];

    /// <summary>The end-of-stream marker in the spellings a server might get wrong.</summary>
    public static readonly string[] DoneMarkers = ["data: [DONE]\n\n", "data:[DONE]\n\n", "data: [DONE]\n", "data: [DONE]", "data: [DONE] \n\n", "data: [done]\n\n", "data: [DONE]\r\n\r\n"];

    /// <summary>Error events: a JSON error body, a bare message, text that is not JSON, and no data at all.</summary>
    public static readonly string[] ErrorEvents =
    [
        "event: error\ndata: {\"error\":{\"message\":\"boom\",\"error_id\":\"SERVER_ERROR\",\"status\":500}}\n\n",
        "event: error\ndata: {\"message\":\"overloaded\",\"status\":503}\n\n",
        "event: error\ndata: not json\n\n",
        "event: error\n\n",
        "event:error\ndata: {\"error\":null}\n\n",
    ];

    /// <summary>Lines that are legal but carry no data: comments, keep-alives, ids, unknown fields, empty data.</summary>
    public static readonly string[] NoiseLines = [": keep-alive\n", ":\n", "id: 7\n", "retry: soon\n", "event: \n", "data\n", "data:\n", "foo: bar\n", "\n"];

    private static readonly byte[][] LineTerminators = ["\r"u8.ToArray(), "\n"u8.ToArray(), "\r\n"u8.ToArray()];

    /// <summary>
    /// Mutations of the <paramref name="corpus"/> (real, valid SSE streams): truncation, dropped blank lines, a
    /// <c>data:</c> line split in two or a line broken anywhere, mixed CR/LF/CRLF endings, huge lines, <c>[DONE]</c>
    /// in the wrong place or spelling, <c>event: error</c> events, noise lines, a mutated JSON payload, byte-level
    /// damage, and chains of up to three of these. Now and then an entry comes through unchanged.
    /// </summary>
    public static Gen<byte[]> Of(params byte[][] corpus) => Mutation.Chain(corpus, Mutate);

    /// <summary>One mutation of <paramref name="input"/>.</summary>
    public static Gen<byte[]> Mutate(byte[] input)
    {
        var lines = SseLines.Of(input);
        return Mutation.Pick(
            (4, ByteMutations.Truncate(input)),
            (3, DropBlankLine(input, lines)),
            (3, SplitData(input, lines)),
            (2, BreakLine(input, lines)),
            (3, MixLineEndings(input, lines)),
            (1, InsertAtLineStart(input, lines, HugeLine)),
            (3, InsertAtLineStart(input, lines, Text(DoneMarkers))),
            (3, InsertAtLineStart(input, lines, Text(ErrorEvents))),
            (2, InsertAtLineStart(input, lines, Text(NoiseLines))),
            (4, MutatePayload(input, lines)),
            (1, ByteMutations.Flip(input)),
            (1, ByteMutations.InsertNul(input)),
            (1, ByteMutations.InsertInvalidUtf8(input)));
    }

    /// <summary>An event separator removed, so two events run together into one.</summary>
    private static Gen<byte[]> DropBlankLine(byte[] input, List<(int Start, int TextEnd, int End)> lines)
    {
        var blanks = lines.Where(line => line.Start == line.TextEnd && line.End > line.Start).ToList();
        return blanks.Count == 0 ? Gen.Const(input) : Mutation.OneOf(blanks).Select(line => Mutation.Splice(input, line.Start, line.End, []));
    }

    /// <summary>A <c>data:</c> line split into two <c>data:</c> lines of the same event (the payload is then joined with a newline).</summary>
    private static Gen<byte[]> SplitData(byte[] input, List<(int Start, int TextEnd, int End)> lines)
    {
        var data = lines.Where(line => SseLines.Starts(input, line, "data:"u8) && line.TextEnd - line.Start > 5).ToList();
        if (data.Count == 0)
        {
            return Gen.Const(input);
        }

        return Mutation.OneOf(data).SelectMany(line => Gen.Int[line.Start + 5, line.TextEnd].Select(at => Mutation.Insert(input, at, "\ndata: "u8)));
    }

    /// <summary>A line terminator put anywhere in a line, splitting a field name (<c>da</c> / <c>ta:</c>) or a payload.</summary>
    private static Gen<byte[]> BreakLine(byte[] input, List<(int Start, int TextEnd, int End)> lines)
    {
        var withText = lines.Where(line => line.TextEnd > line.Start).ToList();
        if (withText.Count == 0)
        {
            return Gen.Const(input);
        }

        var at = Mutation.OneOf(withText).SelectMany(line => Gen.Int[line.Start, line.TextEnd]);
        return Gen.Select(at, Mutation.OneOf(LineTerminators), (position, terminator) => Mutation.Insert(input, position, terminator));
    }

    /// <summary>Every line ending replaced by CR, LF or CRLF at random: all legal, and a classic source of split-event bugs.</summary>
    private static Gen<byte[]> MixLineEndings(byte[] input, List<(int Start, int TextEnd, int End)> lines)
    {
        var terminated = lines.Count(line => line.End > line.TextEnd);
        if (terminated == 0)
        {
            return Gen.Const(input);
        }

        return Gen.Int[0, LineTerminators.Length - 1].Array[terminated].Select(choices =>
        {
            var output = new List<byte>(input.Length + terminated);
            var next = 0;
            foreach (var line in lines)
            {
                output.AddRange(input.AsSpan(line.Start, line.TextEnd - line.Start));
                if (line.End > line.TextEnd)
                {
                    // A CR followed by a line that is itself empty would merge into CRLF and drop a line: that is the
                    // point, and it is what a server mixing endings would send.
                    output.AddRange(LineTerminators[choices[next++]]);
                }
            }

            return output.ToArray();
        });
    }

    /// <summary>The JSON of one <c>data:</c> line mutated as <see cref="JsonMutations.Mutate(byte[])"/> does.</summary>
    private static Gen<byte[]> MutatePayload(byte[] input, List<(int Start, int TextEnd, int End)> lines)
    {
        var data = lines.Where(line => SseLines.Starts(input, line, "data:"u8)).ToList();
        if (data.Count == 0)
        {
            return Gen.Const(input);
        }

        return Mutation.OneOf(data).SelectMany(line =>
        {
            var payloadStart = line.Start + 5 + (line.TextEnd > line.Start + 5 && input[line.Start + 5] == ' ' ? 1 : 0);
            var payload = input[payloadStart..line.TextEnd];
            return JsonMutations.Mutate(payload).Select(mutated => Mutation.Splice(input, payloadStart, line.TextEnd, mutated));
        });
    }

    /// <summary><paramref name="inserted"/> placed at the start of any line, or at the very end.</summary>
    private static Gen<byte[]> InsertAtLineStart(byte[] input, List<(int Start, int TextEnd, int End)> lines, Gen<byte[]> inserted)
    {
        var starts = lines.Select(line => line.Start).Append(input.Length).ToList();
        return Gen.Select(Mutation.OneOf(starts), inserted, (at, bytes) => Mutation.Insert(input, at, bytes));
    }

    /// <summary>A huge line: a data line of plain text, a data line of valid JSON, or a comment.</summary>
    private static Gen<byte[]> HugeLine => Gen.Select(Mutation.OneOf(HugeLineLengths), Gen.Int[0, 2], (length, style) =>
    {
        var filler = new string('x', length);
        return Encoding.ASCII.GetBytes(style switch
        {
            0 => $"data: {filler}\n\n",
            1 => $"data: {{\"pad\":\"{filler}\"}}\n\n",
            _ => $": {filler}\n",
        });
    });

    private static Gen<byte[]> Text(string[] choices) => Mutation.OneOf(choices).Select(Encoding.UTF8.GetBytes);
}
