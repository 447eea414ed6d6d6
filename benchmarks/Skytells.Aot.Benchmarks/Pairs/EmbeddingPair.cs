using BenchmarkDotNet.Attributes;
using Skytells.Benchmarks.HandWritten;

namespace Skytells.Benchmarks.Pairs;

/// <summary>POST /v1/embeddings of one text, answered with a 1536-float vector in base64.</summary>
[MemoryDiagnoser]
public class EmbeddingPair : IOperationPair
{
    private readonly HandWrittenApi _handWritten = HandWrittenApi.Canned;
    private readonly SkytellsClient _library = LibraryFixture.Client;

    public string Operation => "embedding (1536 floats)";

    [Benchmark(Baseline = true)]
    public Task<float[]> HandWritten() => _handWritten.EmbedAsync(SkytellsModels.TextEmbedding3Small, PairInputs.Prompt);

    [Benchmark]
    public Task<EmbeddingResult> Library() => _library.Embeddings.CreateAsync(SkytellsModels.TextEmbedding3Small, PairInputs.Prompt);

    Task IOperationPair.RunHandWrittenAsync() => HandWritten();

    Task IOperationPair.RunLibraryAsync() => Library();
}
