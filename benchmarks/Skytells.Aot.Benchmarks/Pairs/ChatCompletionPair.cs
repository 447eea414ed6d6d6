using BenchmarkDotNet.Attributes;
using Skytells.Benchmarks.HandWritten;

namespace Skytells.Benchmarks.Pairs;

/// <summary>A non-stream POST /v1/chat/completions.</summary>
[MemoryDiagnoser]
public class ChatCompletionPair : IOperationPair
{
    private readonly HandWrittenApi _handWritten = HandWrittenApi.Canned;
    private readonly SkytellsClient _library = LibraryFixture.Client;
    public string Operation => "chat completion";

    [Benchmark(Baseline = true)]
    public Task<ChatAnswer> HandWritten() => _handWritten.CompleteChatAsync(SkytellsModels.DeepBrainRouter, PairInputs.HandWrittenChat);

    [Benchmark]
    public Task<ChatCompletion> Library() => _library.Chat.CompleteAsync(PairInputs.LibraryChat);

    Task IOperationPair.RunHandWrittenAsync() => HandWritten();

    Task IOperationPair.RunLibraryAsync() => Library();
}
