namespace Skytells.Benchmarks.Ratios;

/// <summary>One timed batch of one side: time per operation and bytes allocated per operation.</summary>
public readonly record struct BatchResult(double MicrosecondsPerOp, double BytesPerOp);
