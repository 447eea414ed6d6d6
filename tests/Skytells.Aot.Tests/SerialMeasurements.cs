namespace Skytells.Tests;

/// <summary>
/// Memory figures (allocated bytes, heap size) count the whole process, so tests that assert them run in this
/// collection: xUnit runs it on its own, after the parallel collections, with no other test's allocations beside them.
/// </summary>
[CollectionDefinition(nameof(SerialMeasurements), DisableParallelization = true)]
public sealed class SerialMeasurements;
