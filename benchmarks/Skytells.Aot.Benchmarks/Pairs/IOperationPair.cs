namespace Skytells.Benchmarks.Pairs;

/// <summary>
/// One operation done both ways over the same canned bytes. BenchmarkDotNet runs the public methods of each pair;
/// the ratio runner runs these two entry points, so both tools measure exactly the same code.
/// </summary>
public interface IOperationPair
{
    /// <summary>The row name in result tables.</summary>
    string Operation { get; }

    Task RunHandWrittenAsync();

    Task RunLibraryAsync();
}
