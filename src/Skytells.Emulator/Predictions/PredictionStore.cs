using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Skytells.Emulator.Accounts;

namespace Skytells.Emulator.Predictions;

/// <summary>
/// All predictions of this emulator, shared by both gateways. Each belongs to the key that created it: other keys
/// see a 404, while the public asset URLs resolve for anyone (like a CDN).
/// </summary>
internal sealed class PredictionStore
{
    private readonly ConcurrentDictionary<string, PredictionRecord> _byId = new(StringComparer.Ordinal);
    private long _sequence;

    /// <summary>A strictly increasing number that orders predictions created within the same clock tick.</summary>
    public long NextSequence() => Interlocked.Increment(ref _sequence);

    public void Add(PredictionRecord prediction) => _byId[prediction.Id] = prediction;

    public bool TryGet(string id, [NotNullWhen(true)] out PredictionRecord? prediction) => _byId.TryGetValue(id, out prediction);

    public bool TryGetOwned(string id, Account owner, [NotNullWhen(true)] out PredictionRecord? prediction)
    {
        if (_byId.TryGetValue(id, out prediction) && ReferenceEquals(prediction.Owner, owner))
        {
            return true;
        }

        prediction = null;
        return false;
    }

    public bool TryRemoveOwned(string id, Account owner, [NotNullWhen(true)] out PredictionRecord? prediction)
    {
        if (TryGetOwned(id, owner, out prediction) && _byId.TryRemove(new KeyValuePair<string, PredictionRecord>(id, prediction)))
        {
            prediction.MarkDeleted();
            return true;
        }

        prediction = null;
        return false;
    }

    public IEnumerable<PredictionRecord> OwnedBy(Account owner)
    {
        foreach (var prediction in _byId.Values)
        {
            if (ReferenceEquals(prediction.Owner, owner))
            {
                yield return prediction;
            }
        }
    }
}
