using Skytells.Benchmarks.Pairs;

namespace Skytells.Benchmarks.Extras;

/// <summary>
/// Something the library does beyond the hand-written baseline on purpose, measured on its own: the "hand-written"
/// side of the pair is the library with the feature off, the "library" side the same call with it on.
/// </summary>
public interface IFeatureCost : IOperationPair
{
    /// <summary>What the feature buys, for the table.</summary>
    string Buys { get; }

    /// <summary>Switches on what must be process-wide (listeners) for the feature side's batches; null when nothing is.</summary>
    IDisposable? Enable();
}
