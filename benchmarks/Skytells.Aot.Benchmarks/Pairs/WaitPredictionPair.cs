using BenchmarkDotNet.Attributes;
using Skytells.Benchmarks.Canned;
using Skytells.Benchmarks.HandWritten;

namespace Skytells.Benchmarks.Pairs;

/// <summary>Waiting for a prediction that answers processing, processing, succeeded: three GETs, no delay between them.</summary>
[MemoryDiagnoser]
public class WaitPredictionPair : IOperationPair
{
    // The canned processing answer's urls.get names this id and the library follows it, so the script is armed on it.
    private const string WaitId = CannedBodies.PredictionId;
    private static readonly PredictionWaitOptions NoDelay = new() { PollInterval = TimeSpan.Zero, MaxWait = Timeout.InfiniteTimeSpan };
    private readonly HandWrittenApi _handWritten = HandWrittenApi.Canned;
    private readonly SkytellsClient _library = LibraryFixture.Client;

    public string Operation => "wait (3 polls)";

    [Benchmark(Baseline = true)]
    public Task<PredictionResult> HandWritten()
    {
        // Re-armed inside the measured call on both sides: the script must restart for every wait.
        CannedHandler.Shared.Routes.Polls.Arm(WaitId, processingPolls: 2);
        return _handWritten.WaitAsync(WaitId);
    }

    [Benchmark]
    public Task<Prediction> Library()
    {
        CannedHandler.Shared.Routes.Polls.Arm(WaitId, processingPolls: 2);
        return _library.Predictions.WaitAsync(WaitId, NoDelay);
    }

    Task IOperationPair.RunHandWrittenAsync() => HandWritten();

    Task IOperationPair.RunLibraryAsync() => Library();
}
