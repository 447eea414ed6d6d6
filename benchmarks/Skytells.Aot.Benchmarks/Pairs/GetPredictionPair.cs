using BenchmarkDotNet.Attributes;
using Skytells.Benchmarks.Canned;
using Skytells.Benchmarks.HandWritten;

namespace Skytells.Benchmarks.Pairs;

/// <summary>GET /v1/predictions/{id} of a finished prediction.</summary>
[MemoryDiagnoser]
public class GetPredictionPair : IOperationPair
{
    private readonly HandWrittenApi _handWritten = HandWrittenApi.Canned;
    private readonly SkytellsClient _library = LibraryFixture.Client;
    public string Operation => "get prediction";

    [Benchmark(Baseline = true)]
    public Task<PredictionResult> HandWritten() => _handWritten.GetPredictionAsync(CannedBodies.PredictionId);

    [Benchmark]
    public Task<Prediction> Library() => _library.Predictions.GetAsync(CannedBodies.PredictionId);

    Task IOperationPair.RunHandWrittenAsync() => HandWritten();

    Task IOperationPair.RunLibraryAsync() => Library();
}
