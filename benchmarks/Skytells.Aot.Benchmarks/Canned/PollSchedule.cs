using System.Collections.Concurrent;

namespace Skytells.Benchmarks.Canned;

/// <summary>
/// The scripted life of predictions being waited on: an id armed with <see cref="Arm"/> answers <c>processing</c>
/// for its first polls, then <c>succeeded</c>. Ids never armed answer <c>succeeded</c> at once (a plain GET).
/// Looked up by span so the path never has to become a string: neither side should pay for the server's bookkeeping.
/// </summary>
public sealed class PollSchedule
{
    private readonly ConcurrentDictionary<string, int> _remaining = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PollSchedule() => _lookup = _remaining.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Starts a new wait on <paramref name="id"/>: the next <paramref name="processingPolls"/> GETs answer processing.</summary>
    public void Arm(string id, int processingPolls) => _remaining[id] = processingPolls;

    /// <summary>Takes one poll of <paramref name="id"/>; true while it should still look running.</summary>
    public bool TakeProcessing(ReadOnlySpan<char> id)
    {
        while (_lookup.TryGetValue(id, out var key, out var left) && left > 0)
        {
            if (_remaining.TryUpdate(key, left - 1, left))
            {
                return true;
            }
        }

        return false;
    }
}
