using System.Text;
using BenchmarkDotNet.Attributes;

namespace Skytells.Benchmarks;

/// <summary>Joining a 500-chunk stream into the final completion, against appending the same text deltas to a StringBuilder.</summary>
[MemoryDiagnoser]
public class StreamAccumulationBenchmarks
{
    private readonly ChatCompletionChunk[] _chunks = Enumerable.Range(0, 500)
        .Select(i => new ChatCompletionChunk
        {
            Id = "chatcmpl-1",
            Model = SkytellsModels.DeepBrainRouter,
            Choices = [new ChatChunkChoice { Index = 0, Delta = new ChatDelta { Content = $"token{i} " }, FinishReason = i == 499 ? "stop" : null }],
        })
        .ToArray();

    /// <summary>The floor: the text alone.</summary>
    [Benchmark(Baseline = true)]
    public string AppendDeltas()
    {
        var text = new StringBuilder();
        foreach (var chunk in _chunks)
        {
            text.Append(chunk.ContentDelta);
        }

        return text.ToString();
    }

    /// <summary>The library's accumulator (content, finish reason, usage and tool calls per choice).</summary>
    [Benchmark]
    public ChatCompletion Accumulate()
    {
        var accumulator = new ChatCompletionAccumulator();
        foreach (var chunk in _chunks)
        {
            accumulator.Add(chunk);
        }

        return accumulator.ToCompletion();
    }
}
