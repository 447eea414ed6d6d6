using BenchmarkDotNet.Attributes;
using Skytells.Benchmarks.HandWritten;

namespace Skytells.Benchmarks.Pairs;

/// <summary>A streamed completion of 200 chunks plus a usage chunk, read to the end and counting text.</summary>
[MemoryDiagnoser]
public class ChatStreamPair : IOperationPair
{
    private readonly HandWrittenApi _handWritten = HandWrittenApi.Canned;
    private readonly SkytellsClient _library = LibraryFixture.Client;
    public string Operation => "chat stream (200 chunks)";

    [Benchmark(Baseline = true)]
    public Task<int> HandWritten() => _handWritten.StreamChatAsync(SkytellsModels.DeepBrainRouter, PairInputs.HandWrittenChat);

    [Benchmark]
    public async Task<int> Library()
    {
        var characters = 0;
        await foreach (var chunk in _library.Chat.StreamAsync(PairInputs.LibraryChat))
        {
            characters += chunk.ContentDelta?.Length ?? 0;
        }

        return characters;
    }

    Task IOperationPair.RunHandWrittenAsync() => HandWritten();

    Task IOperationPair.RunLibraryAsync() => Library();
}
