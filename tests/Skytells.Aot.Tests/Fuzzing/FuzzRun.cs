using System.Globalization;
using System.Text;
using CsCheck;

namespace Skytells.Tests.Fuzzing;

/// <summary>
/// Runs a fuzz target over a seeded, fixed-size batch of generated inputs, so every CI run checks the same cases.
/// </summary>
/// <remarks>
/// CsCheck's <c>seed</c> fixes only the first iteration of <c>Sample</c>; later iterations draw from a clock-seeded
/// generator per thread. So the whole batch is generated as that one seeded iteration (<c>gen.Array[count]</c>,
/// <c>iter: 1</c>), which makes every case a function of the seed alone.
/// To explore other inputs, set the <c>CsCheck_Seed</c> environment variable to any CsCheck seed string (twelve
/// characters from <c>0-9a-zA-Z_-</c>, the first one <c>0-9a-f</c>; a failing run prints the seed it used) and
/// re-run, for example <c>CsCheck_Seed=0aNotherSeed dotnet test --filter FullyQualifiedName~Fuzzing</c>.
/// </remarks>
internal static class FuzzRun
{
    /// <summary>The seed CI runs with.</summary>
    public const string DefaultSeed = "0webhookFuzz";

    /// <summary>A generous ceiling for a whole run: a parser that hangs fails the test instead of blocking the suite.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>The seed in force: <c>CsCheck_Seed</c> when set, else <see cref="DefaultSeed"/>.</summary>
    public static string Seed => Check.Seed ?? DefaultSeed;

    /// <summary>
    /// Checks <paramref name="count"/> inputs from <paramref name="gen"/>. A failing case is reported with its index
    /// and bytes (escaped), wrapped in CsCheck's report of the seed.
    /// </summary>
    public static async Task CheckAsync(Gen<byte[]> gen, int count, Func<byte[], ValueTask> check)
    {
        // Started off the test's own thread, so a case that never returns is cut off by the timeout instead of holding it.
        var run = Task.Run(() => gen.Array[count].SampleAsync(
            async cases =>
            {
                for (var i = 0; i < cases.Length; i++)
                {
                    try
                    {
                        await check(cases[i]);
                    }
                    catch (Exception failure)
                    {
                        throw new InvalidOperationException($"Fuzz case {i} of {cases.Length} (seed {Seed}) failed on {Render(cases[i])}", failure);
                    }
                }
            },
            seed: Seed,
            iter: 1,
            threads: 1,
            print: cases => $"a batch of {cases.Length} cases"));

        await run.WaitAsync(Timeout);
    }

    /// <summary>The batch <see cref="CheckAsync"/> would check, for looking at what a generator makes.</summary>
    public static byte[][] Generate(Gen<byte[]> gen, int count)
    {
        byte[][] batch = [];
        gen.Array[count].Sample(cases => batch = cases, seed: Seed, iter: 1, threads: 1, print: cases => $"a batch of {cases.Length} cases");
        return batch;
    }

    /// <summary>The bytes as text a person can read: printable ASCII as is, anything else as <c>\xNN</c>, long inputs cut.</summary>
    public static string Render(byte[] bytes, int max = 400)
    {
        var text = new StringBuilder().Append(bytes.Length).Append(" bytes: ");
        foreach (var b in bytes.AsSpan(0, Math.Min(bytes.Length, max)))
        {
            if (b is >= 0x20 and < 0x7F and not (byte)'\\')
            {
                text.Append((char)b);
            }
            else
            {
                text.Append("\\x").Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return bytes.Length > max ? text.Append("...").ToString() : text.ToString();
    }
}
