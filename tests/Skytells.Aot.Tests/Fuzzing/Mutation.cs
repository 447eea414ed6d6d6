using CsCheck;

namespace Skytells.Tests.Fuzzing;

/// <summary>The plumbing every mutation generator shares: weighted choice, chaining and byte splicing.</summary>
internal static class Mutation
{
    /// <summary>One of <paramref name="choices"/>, each as often as its weight says.</summary>
    /// <remarks>
    /// Named and typed on purpose: <c>Gen.Frequency</c> also has an overload over constants, which would silently turn
    /// a tuple of generators into a generator of generators.
    /// </remarks>
    public static Gen<T> Pick<T>(params (int Weight, Gen<T> Gen)[] choices) =>
        Gen.Frequency(choices.Select(choice => (choice.Weight, (IGen<T>)choice.Gen)).ToArray());

    /// <summary>
    /// A corpus entry with zero to three mutations applied one after the other, so combinations (a flipped byte in a
    /// truncated body, a duplicate key holding a huge number) come up as well as single changes. The unmutated entry
    /// comes up now and then, which keeps a check honest about valid input too.
    /// </summary>
    public static Gen<byte[]> Chain(byte[][] corpus, Func<byte[], Gen<byte[]>> step)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentOutOfRangeException.ThrowIfZero(corpus.Length);
        var entry = Gen.Int[0, corpus.Length - 1].Select(i => corpus[i]);
        var steps = Gen.Frequency((1, 0), (6, 1), (3, 2), (2, 3));
        return entry.SelectMany(input => steps.SelectMany(count => Apply(input, count, step)));
    }

    /// <summary><paramref name="input"/> with bytes <c>[start, end)</c> replaced by <paramref name="replacement"/>.</summary>
    public static byte[] Splice(byte[] input, int start, int end, ReadOnlySpan<byte> replacement)
    {
        var output = new byte[input.Length - (end - start) + replacement.Length];
        input.AsSpan(0, start).CopyTo(output);
        replacement.CopyTo(output.AsSpan(start));
        input.AsSpan(end).CopyTo(output.AsSpan(start + replacement.Length));
        return output;
    }

    /// <summary><paramref name="input"/> with <paramref name="inserted"/> placed before byte <paramref name="at"/>.</summary>
    public static byte[] Insert(byte[] input, int at, ReadOnlySpan<byte> inserted) => Splice(input, at, at, inserted);

    /// <summary>A position in <paramref name="input"/> where bytes can be inserted (0 to its length, both included).</summary>
    public static Gen<int> Gap(byte[] input) => Gen.Int[0, input.Length];

    /// <summary>One of the <paramref name="items"/>; a generator of nothing cannot exist, so callers check for empty first.</summary>
    public static Gen<T> OneOf<T>(IReadOnlyList<T> items) => Gen.Int[0, items.Count - 1].Select(i => items[i]);

    private static Gen<byte[]> Apply(byte[] input, int count, Func<byte[], Gen<byte[]>> step) =>
        count == 0 ? Gen.Const(input) : step(input).SelectMany(next => Apply(next, count - 1, step));
}
