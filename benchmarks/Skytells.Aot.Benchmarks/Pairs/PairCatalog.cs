namespace Skytells.Benchmarks.Pairs;

/// <summary>Every pair, in table order, for runners that are not BenchmarkDotNet.</summary>
public static class PairCatalog
{
    public static IReadOnlyList<IOperationPair> All { get; } =
    [
        new CreatePredictionPair(),
        new GetPredictionPair(),
        new WaitPredictionPair(),
        new ChatCompletionPair(),
        new ChatStreamPair(),
        new EdgeCreatePair(),
        new EmbeddingPair(),
        new WebhookVerifyPair(),
    ];
}
