namespace Skytells.Tests.Fuzzing;

/// <summary>
/// The lines of a server-sent-event stream as byte ranges: where each starts, where its text ends and where its
/// terminator (CR, LF or CRLF, all three legal in SSE) ends. A last line without a terminator has both ends equal.
/// </summary>
internal static class SseLines
{
    public static List<(int Start, int TextEnd, int End)> Of(byte[] stream)
    {
        var lines = new List<(int, int, int)>();
        var start = 0;
        for (var i = 0; i < stream.Length; i++)
        {
            if (stream[i] is (byte)'\r' or (byte)'\n')
            {
                var end = stream[i] == '\r' && i + 1 < stream.Length && stream[i + 1] == '\n' ? i + 2 : i + 1;
                lines.Add((start, i, end));
                start = end;
                i = end - 1;
            }
        }

        if (start < stream.Length)
        {
            lines.Add((start, stream.Length, stream.Length));
        }

        return lines;
    }

    /// <summary>True when the line's text starts with <paramref name="field"/> (for example <c>data:</c>).</summary>
    public static bool Starts(byte[] stream, (int Start, int TextEnd, int End) line, ReadOnlySpan<byte> field) =>
        stream.AsSpan(line.Start, line.TextEnd - line.Start).StartsWith(field);
}
