namespace Skytells.Emulator.Chat;

/// <summary>
/// The emulator's notion of tokens: words, each carrying the whitespace before it, so that the streamed pieces join
/// back into the exact content and token counts are easy to predict in tests.
/// </summary>
internal static class ChatTokenizer
{
    public static List<string> Words(string text)
    {
        var tokens = new List<string>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            tokens.Add(text[start..i]);
            start = i;
        }

        return tokens;
    }

    /// <summary>The number of words, which is what <c>prompt_tokens</c> counts.</summary>
    public static int CountWords(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Fixed-size pieces, for tool-call arguments, which rarely contain spaces but must still arrive in fragments.</summary>
    public static List<string> Slices(string text, int size)
    {
        var slices = new List<string>();
        for (var i = 0; i < text.Length; i += size)
        {
            slices.Add(text.Substring(i, Math.Min(size, text.Length - i)));
        }

        return slices;
    }
}
