using BenchmarkDotNet.Attributes;
using Skytells.Benchmarks.HandWritten;

namespace Skytells.Benchmarks.Pairs;

/// <summary>
/// Create on the Edge gateway. The library goes through its public Edge view, so the run-time Edge guard
/// (catalog lookup) is inside the measurement; the baseline just posts to the Edge URL.
/// </summary>
[MemoryDiagnoser]
public class EdgeCreatePair : IOperationPair
{
    private readonly HandWrittenApi _handWritten = HandWrittenApi.Canned;
    private readonly SkytellsClient _library = LibraryFixture.Client;
    public string Operation => "edge create (guard)";

    [Benchmark(Baseline = true)]
    public Task<PredictionResult> HandWritten() => _handWritten.CreateEdgePredictionAsync(SkytellsModels.TrueFusionEdge, PairInputs.HandWrittenImage);

    [Benchmark]
    public Task<Prediction> Library() => _library.Edge.Predictions.CreateAsync(SkytellsModels.TrueFusionEdge, PairInputs.LibraryImage);

    Task IOperationPair.RunHandWrittenAsync() => HandWritten();

    Task IOperationPair.RunLibraryAsync() => Library();
}
