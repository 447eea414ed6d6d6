using System.Text;
using System.Text.Json;

namespace Skytells.Tests.Fuzzing;

/// <summary>
/// The JSON mutation generator makes every kind of damage it promises, often enough to matter, and the same batch
/// for the same seed: a generator that quietly produced only valid input would make every fuzz test pass.
/// </summary>
public sealed class JsonMutationsTests
{
    private const int Cases = 2_000;
    private static readonly byte[][] Corpus = WebhookCorpus.All;
    private static readonly byte[][] Batch = FuzzRun.Generate(JsonMutations.Of(Corpus), Cases);

    [Fact]
    public void The_same_seed_gives_the_same_batch() =>
        Assert.Equal(Batch, FuzzRun.Generate(JsonMutations.Of(Corpus), Cases));

    [Fact]
    public void Most_cases_are_mutated_and_a_few_are_left_valid()
    {
        var unchanged = Batch.Count(body => Corpus.Any(entry => entry.AsSpan().SequenceEqual(body)));

        Assert.InRange(unchanged, 1, Cases / 5);
        Assert.True(Batch.Count(body => !IsJson(body)) > Cases / 3, "too few cases are broken JSON");
        Assert.True(Batch.Count(body => IsJson(body) && !Corpus.Any(entry => entry.AsSpan().SequenceEqual(body))) > Cases / 20, "too few cases are valid JSON with changed values");
    }

    [Fact]
    public void Truncations_flips_and_NULs_occur()
    {
        AtLeast(20, body => Corpus.Any(entry => body.Length < entry.Length && entry.AsSpan().StartsWith(body)), "truncations");
        AtLeast(20, body => body.Contains((byte)0), "NUL bytes");
        AtLeast(20, body => Corpus.Any(entry => entry.Length == body.Length && Differences(entry, body) == 1), "single-byte flips");
    }

    [Fact]
    public void Wrong_types_huge_numbers_and_duplicate_keys_occur()
    {
        AtLeast(10, body => Contains(body, "1e400") || Contains(body, "99999999999999999999999"), "huge numbers");
        AtLeast(10, body => Contains(body, "\"id\":[") || Contains(body, "\"status\":true") || Contains(body, "\"output\":{") || Contains(body, ":null,") , "wrong-typed values");
        AtLeast(10, HasDuplicateKey, "duplicate keys in valid JSON");
    }

    [Fact]
    public void Invalid_UTF_8_and_escaped_lone_surrogates_occur()
    {
        AtLeast(20, body => !IsUtf8(body), "invalid UTF-8");
        AtLeast(10, body => Contains(body, "\\uD800") || Contains(body, "\\uDFFF") || Contains(body, "\\uDC00"), "escaped lone surrogates");
    }

    [Fact]
    public void Nesting_far_past_the_reader_limit_occurs()
    {
        AtLeast(5, body => Contains(body, new string('[', 1000)), "1,000-deep arrays");
        AtLeast(2, body => Contains(body, new string('[', 10_000)), "10,000-deep arrays");
    }

    [Fact]
    public void Chains_of_mutations_occur()
    {
        // Broken UTF-8 in a body that was also cut short: two mutations on one case.
        AtLeast(5, body => !IsUtf8(body) && !IsJson(body) && Corpus.All(entry => body.Length < entry.Length), "chained mutations");
    }

    private static void AtLeast(int count, Func<byte[], bool> kind, string what)
    {
        var found = Batch.Count(kind);
        Assert.True(found >= count, $"only {found} of {Cases} cases have {what}");
    }

    private static bool Contains(byte[] body, string text) => body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;

    private static int Differences(byte[] a, byte[] b) => a.Zip(b).Count(pair => pair.First != pair.Second);

    private static bool IsUtf8(byte[] body) => System.Text.Unicode.Utf8.IsValid(body);

    // JsonDocument accepts invalid UTF-8 inside strings and only fails when one is read, so both are checked.
    private static bool IsJson(byte[] body)
    {
        if (!IsUtf8(body))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool HasDuplicateKey(byte[] body)
    {
        if (!IsJson(body))
        {
            return false;
        }

        using var document = JsonDocument.Parse(body);
        try
        {
            return HasDuplicate(document.RootElement);
        }
        catch (InvalidOperationException)
        {
            return false; // a name holding an escaped lone surrogate cannot be read as text
        }

        static bool HasDuplicate(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().GroupBy(p => p.Name).Any(g => g.Count() > 1) || element.EnumerateObject().Any(p => HasDuplicate(p.Value)),
            JsonValueKind.Array => element.EnumerateArray().Any(HasDuplicate),
            _ => false,
        };
    }
}
