using System;

namespace Skytells.Aot.Analyzers;

/// <summary>Finds the catalog id an unknown model id most likely meant ("did you mean").</summary>
internal static class ModelSuggestion
{
    // Two edits catch the usual typos (a dropped, doubled or swapped character) without suggesting unrelated ids.
    private const int MaxDistance = 2;

    /// <summary>The closest catalog id, or null when none is within <see cref="MaxDistance"/> edits.</summary>
    public static string? Find(string modelId)
    {
        string? best = null;
        var bestDistance = MaxDistance + 1;
        foreach (var entry in ModelCatalog.All)
        {
            if (string.Equals(entry.Id, modelId, StringComparison.OrdinalIgnoreCase))
            {
                return entry.Id;
            }

            if (Math.Abs(entry.Id.Length - modelId.Length) > MaxDistance)
            {
                continue;
            }

            var distance = Distance(entry.Id, modelId, bestDistance);
            if (distance < bestDistance)
            {
                best = entry.Id;
                bestDistance = distance;
            }
        }

        return best;
    }

    // Levenshtein distance, case-insensitive, giving up once every path exceeds `limit` (ids are short: two rows suffice).
    private static int Distance(string a, string b, int limit)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }

            if (rowMinimum >= limit)
            {
                return limit;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
