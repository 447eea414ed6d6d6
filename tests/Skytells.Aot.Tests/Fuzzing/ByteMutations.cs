using CsCheck;

namespace Skytells.Tests.Fuzzing;

/// <summary>Mutations that know nothing of the format: cut the bytes short, flip them, slip NULs or broken UTF-8 in.</summary>
internal static class ByteMutations
{
    /// <summary>
    /// Byte sequences that are not valid UTF-8: a lead byte followed by a non-continuation, bytes that never occur,
    /// an overlong NUL, lone surrogates encoded directly, a code point past U+10FFFF, a cut-off sequence and a stray
    /// continuation byte.
    /// </summary>
    public static readonly byte[][] InvalidUtf8 =
    [
        [0xC3, 0x28],
        [0xFF],
        [0xFE, 0xFF],
        [0xC0, 0x80],
        [0xED, 0xA0, 0x80],
        [0xED, 0xBF, 0xBF],
        [0xF4, 0x90, 0x80, 0x80],
        [0xE2, 0x82],
        [0x80],
    ];

    /// <summary>The bytes cut off at any point, from empty to one byte short.</summary>
    public static Gen<byte[]> Truncate(byte[] input) =>
        input.Length == 0 ? Gen.Const(input) : Gen.Int[0, input.Length - 1].Select(n => input[..n]);

    /// <summary>One byte changed: a single bit flipped, or the byte replaced by any other value.</summary>
    public static Gen<byte[]> Flip(byte[] input)
    {
        if (input.Length == 0)
        {
            return Gen.Const(input);
        }

        var mask = Mutation.Pick((3, Gen.Int[0, 7].Select(bit => (byte)(1 << bit))), (1, Gen.Byte.Where(b => b != 0)));
        return Gen.Select(Gen.Int[0, input.Length - 1], mask, (at, xor) =>
        {
            var output = (byte[])input.Clone();
            output[at] ^= xor;
            return output;
        });
    }

    /// <summary>One to three NUL bytes inserted anywhere.</summary>
    public static Gen<byte[]> InsertNul(byte[] input) =>
        Gen.Select(Mutation.Gap(input), Gen.Int[1, 3], (at, count) => Mutation.Insert(input, at, new byte[count]));

    /// <summary>One invalid UTF-8 sequence inserted anywhere.</summary>
    public static Gen<byte[]> InsertInvalidUtf8(byte[] input) =>
        Gen.Select(Mutation.Gap(input), Mutation.OneOf(InvalidUtf8), (at, bad) => Mutation.Insert(input, at, bad));

    /// <summary>A run of bytes removed, or repeated in place.</summary>
    public static Gen<byte[]> DeleteOrRepeat(byte[] input)
    {
        if (input.Length == 0)
        {
            return Gen.Const(input);
        }

        return Gen.Select(Gen.Int[0, input.Length - 1], Gen.Int[1, 16], Gen.Bool, (start, length, repeat) =>
        {
            var end = Math.Min(input.Length, start + length);
            return repeat ? Mutation.Insert(input, end, input.AsSpan(start, end - start)) : Mutation.Splice(input, start, end, []);
        });
    }
}
