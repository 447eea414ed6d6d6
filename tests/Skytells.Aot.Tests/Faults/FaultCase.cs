using Skytells.Emulator;

namespace Skytells.Tests.Faults;

/// <summary>The operations the fault matrix exercises.</summary>
public enum FaultOperation
{
    Get,
    Create,
    Stream,
}

/// <summary>
/// What one fault must end in for one operation: success (<see cref="Error"/> null) or a typed error whose message
/// holds <see cref="MessageHint"/>, after exactly <see cref="Requests"/> requests reached the server.
/// </summary>
public sealed record FaultOutcome(Type? Error, int Requests, string? MessageHint = null)
{
    public static FaultOutcome Succeeds(int requests) => new(null, requests);

    public static FaultOutcome Fails<T>(int requests, string? hint = null)
        where T : SkytellsException => new(typeof(T), requests, hint);

    /// <summary>The cell of docs/reliability.md's matrix this outcome stands for.</summary>
    public override string ToString() => (Error, Requests) switch
    {
        (null, 1) => "succeeds",
        (null, _) => $"retried, succeeds ({Requests} sent)",
        (_, 0) => $"retried, then `{Error.Name}` (none reached the server)",
        (_, 1) => $"`{Error.Name}`",
        _ => $"retried, then `{Error.Name}` ({Requests} sent)",
    };
}

/// <summary>One row of the fault matrix: how to arm the fault for an operation, and what each operation must end in.</summary>
/// <param name="Arm">Builds the fault rules for a key, the operation, and the URL of "another host".</param>
/// <param name="Outcomes">The expected outcome per operation; an operation missing here does not apply.</param>
public sealed record FaultCase(string Name, Func<string, FaultOperation, Uri, EmulatorFault[]> Arm, IReadOnlyDictionary<FaultOperation, FaultOutcome> Outcomes)
{
    /// <summary>Per-try timeout of the matrix's clients, short so the slow-headers row is quick.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Stream idle timeout of the matrix's streams.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Per-try and idle timeouts of the rows that do not test a timeout: generous, so a slow moment of a loaded machine
    /// cannot turn their first try into a timeout (the fault is then spent and the retry sees a clean answer).
    /// </summary>
    public static readonly TimeSpan RelaxedTimeout = TimeSpan.FromSeconds(20);

    /// <summary>True for the rows whose outcome is a timeout: only they run with the short limits above.</summary>
    public bool TimesOut { get; init; }

    /// <summary>The client's size limit in the matrix; the oversized rows send 50 MiB.</summary>
    public const int MaxResponseBytes = 1024 * 1024;
}
