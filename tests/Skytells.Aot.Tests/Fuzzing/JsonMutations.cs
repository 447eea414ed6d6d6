using System.Text;
using CsCheck;

namespace Skytells.Tests.Fuzzing;

/// <summary>
/// Hostile variants of real JSON payloads, for fuzzing any parser that reads untrusted JSON (webhook bodies, API
/// responses). Built only from CsCheck combinators, so a run is reproduced by its seed.
/// </summary>
/// <example><c>JsonMutations.Of(validBody1, validBody2).Array[2000]</c>, sampled with a fixed seed (see <see cref="FuzzRun"/>).</example>
internal static class JsonMutations
{
    /// <summary>Numbers no .NET numeric type holds, or that sit just past the edge of one (int, long, ulong, double, DateTimeOffset seconds).</summary>
    public static readonly string[] HugeNumbers =
    [
        "1e400", "-1e400", "1e-400", "1.7976931348623157e309", "99999999999999999999999", "-99999999999999999999999",
        "18446744073709551616", "9223372036854775808", "-9223372036854775809", "9223372036854775807", "2147483648",
        "-2147483649", "253402300800", "-62135596801", "123456789012345678901234567890.123456789", new string('9', 2000),
    ];

    /// <summary>Values of every JSON type, put where a value of another type belongs.</summary>
    public static readonly string[] WrongTypes =
    [
        "null", "true", "false", "0", "-1", "1.5", "\"\"", "\"x\"", "[]", "{}", "[null]", "[[]]", "{\"id\":null}",
        "\"2026-13-45T25:61:61Z\"", "\"not a url\"", "[1,\"a\",{}]",
    ];

    /// <summary>JSON escapes of lone or reversed UTF-16 surrogates: valid JSON syntax, no valid text.</summary>
    public static readonly string[] LoneSurrogateEscapes = ["\\uD800", "\\uDFFF", "\\uD800\\u0041", "\\uDC00\\uD800", "\\uDBFF"];

    /// <summary>Nesting depths around and far past System.Text.Json's default limit of 64.</summary>
    public static readonly int[] NestingDepths = [63, 64, 65, 1000, 10_000];

    /// <summary>
    /// Mutations of the <paramref name="corpus"/> (real, valid payloads): truncation, byte flips, NULs, wrong-typed
    /// values, huge numbers, duplicate keys, invalid UTF-8 and escaped lone surrogates, deep nesting, and chains of up
    /// to three of these. Now and then an entry comes through unchanged.
    /// </summary>
    public static Gen<byte[]> Of(params byte[][] corpus) => Mutation.Chain(corpus, Mutate);

    /// <summary>One mutation of <paramref name="input"/>, for callers that embed JSON in something else (an SSE <c>data:</c> line).</summary>
    public static Gen<byte[]> Mutate(byte[] input)
    {
        var shape = JsonShape.Scan(input);
        return Mutation.Pick(
            (3, ByteMutations.Truncate(input)),
            (3, ByteMutations.Flip(input)),
            (2, ByteMutations.InsertNul(input)),
            (1, ByteMutations.DeleteOrRepeat(input)),
            (4, ReplaceValue(input, shape, WrongTypes)),
            (3, ReplaceValue(input, shape, HugeNumbers)),
            (3, DuplicateKey(input, shape)),
            (3, InvalidText(input, shape)),
            (2, DeepNesting(input, shape)));
    }

    /// <summary>A value (any one, objects included) replaced by one of <paramref name="literals"/>.</summary>
    private static Gen<byte[]> ReplaceValue(byte[] input, JsonShape shape, string[] literals)
    {
        var literal = Mutation.OneOf(literals).Select(Encoding.UTF8.GetBytes);
        if (shape.Values.Count == 0)
        {
            return Gen.Select(Mutation.Gap(input), literal, (at, bytes) => Mutation.Insert(input, at, bytes));
        }

        return Gen.Select(Mutation.OneOf(shape.Values), literal, (value, bytes) => Mutation.Splice(input, value.Start, value.End, bytes));
    }

    /// <summary>A property repeated right after itself, with its own value or a wrong-typed one: which one wins is the parser's choice.</summary>
    private static Gen<byte[]> DuplicateKey(byte[] input, JsonShape shape)
    {
        if (shape.Properties.Count == 0)
        {
            return Gen.Const(input);
        }

        return Gen.Select(Mutation.OneOf(shape.Properties), Gen.Int[-1, WrongTypes.Length - 1], (property, wrong) =>
        {
            var copy = input.AsSpan(property.Start, property.End - property.Start).ToArray();
            if (wrong >= 0)
            {
                // Keep the name and its colon, swap the value.
                var colon = Array.IndexOf(copy, (byte)':');
                copy = [.. copy.AsSpan(0, colon + 1), .. Encoding.UTF8.GetBytes(WrongTypes[wrong])];
            }

            return Mutation.Insert(input, property.End, [(byte)',', .. copy]);
        });
    }

    /// <summary>Invalid UTF-8 or an escaped lone surrogate, inside a string where a decoder meets it, or anywhere.</summary>
    private static Gen<byte[]> InvalidText(byte[] input, JsonShape shape)
    {
        var bad = Mutation.Pick(
            (3, Mutation.OneOf(ByteMutations.InvalidUtf8)),
            (2, Mutation.OneOf(LoneSurrogateEscapes).Select(Encoding.ASCII.GetBytes)));
        var inString = shape.Strings.Count == 0
            ? Mutation.Gap(input)
            : Mutation.OneOf(shape.Strings).SelectMany(text => Gen.Int[text.Start + 1, text.End - 1]);
        var at = Mutation.Pick((4, inString), (1, Mutation.Gap(input)));
        return Gen.Select(at, bad, (position, bytes) => Mutation.Insert(input, position, bytes));
    }

    /// <summary>A value replaced by arrays or objects nested past the reader's depth limit, closed or left open.</summary>
    private static Gen<byte[]> DeepNesting(byte[] input, JsonShape shape)
    {
        var where = shape.Values.Count == 0
            ? Gen.Const((Start: 0, End: 0))
            : Mutation.OneOf(shape.Values);
        return Gen.Select(where, Mutation.OneOf(NestingDepths), Gen.Int[0, 3], (value, depth, style) =>
        {
            var nested = style switch
            {
                0 => new string('[', depth),
                1 => new string('[', depth) + new string(']', depth),
                2 => string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth),
                _ => string.Concat(Enumerable.Repeat("{\"a\":[", depth)),
            };
            return Mutation.Splice(input, value.Start, value.End, Encoding.ASCII.GetBytes(nested));
        });
    }
}
