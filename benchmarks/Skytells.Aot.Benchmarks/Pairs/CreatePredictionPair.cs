using BenchmarkDotNet.Attributes;
using Skytells.Benchmarks.HandWritten;

namespace Skytells.Benchmarks.Pairs;

/// <summary>POST /v1/predictions with an image input on the Standard gateway.</summary>
[MemoryDiagnoser]
public class CreatePredictionPair : IOperationPair
{
    private readonly HandWrittenApi _handWritten = HandWrittenApi.Canned;
    private readonly SkytellsClient _library = LibraryFixture.Client;
    public string Operation => "create prediction";

    [Benchmark(Baseline = true)]
    public Task<PredictionResult> HandWritten() => _handWritten.CreatePredictionAsync("truefusion", PairInputs.HandWrittenImage);

    [Benchmark]
    public Task<Prediction> Library() => _library.Predictions.CreateAsync("truefusion", PairInputs.LibraryImage);

    Task IOperationPair.RunHandWrittenAsync() => HandWritten();

    Task IOperationPair.RunLibraryAsync() => Library();
}
