namespace Skytells.Emulator.Recording;

/// <summary>
/// A request's slot in the log, taken on arrival (so the log keeps arrival order) and filled in when the emulator
/// answers. The status is captured as the response starts, before the client can see it, so a test that has its
/// response already finds the record.
/// </summary>
internal sealed class RecordingEntry
{
    private readonly RecordedRequest _arrival;
    private RecordedRequest? _answered;

    public RecordingEntry(RecordedRequest arrival) => _arrival = arrival;

    public string Body { get; set; } = string.Empty;

    /// <summary>The finished record, or null while the request is still being handled.</summary>
    public RecordedRequest? Record => Volatile.Read(ref _answered);

    /// <summary>Records the answer; only the first call counts (a reset after a started response keeps the status sent).</summary>
    public void Answer(int statusCode) =>
        Interlocked.CompareExchange(ref _answered, _arrival with { Body = Body, StatusCode = statusCode }, null);
}
