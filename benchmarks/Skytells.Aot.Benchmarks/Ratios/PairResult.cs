using Skytells.Benchmarks.Reporting;

namespace Skytells.Benchmarks.Ratios;

/// <summary>All batches of one pair, and the figures the table reports from them.</summary>
public sealed class PairResult(string operation, int opsPerBatch)
{
    public string Operation { get; } = operation;

    public int OpsPerBatch { get; } = opsPerBatch;

    public List<BatchResult> HandWritten { get; } = [];

    public List<BatchResult> Library { get; } = [];

    public double HandWrittenMicroseconds => Statistics.Median(HandWritten.Select(b => b.MicrosecondsPerOp));

    public double LibraryMicroseconds => Statistics.Median(Library.Select(b => b.MicrosecondsPerOp));

    /// <summary>Ratios of adjacent batches, so a slow phase of the machine hits both sides of the same ratio.</summary>
    public IEnumerable<double> BatchRatios => HandWritten.Zip(Library, (hand, library) => library.MicrosecondsPerOp / hand.MicrosecondsPerOp);

    public double Ratio => Statistics.Median(BatchRatios);

    public double HandWrittenBytes => Statistics.Median(HandWritten.Select(b => b.BytesPerOp));

    public double LibraryBytes => Statistics.Median(Library.Select(b => b.BytesPerOp));
}
