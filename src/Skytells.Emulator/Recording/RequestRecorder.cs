using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Skytells.Emulator.Recording;

/// <summary>The log behind <see cref="SkytellsEmulator.Requests"/>: every request, in arrival order.</summary>
internal sealed class RequestRecorder
{
    private readonly Lock _gate = new();
    private List<RecordingEntry> _entries = [];

    public RecordingEntry Begin(EmulatorGateway gateway, HttpRequest request, DateTimeOffset receivedAt)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in request.Headers)
        {
            headers[name] = values.ToString();
        }

        var query = request.QueryString.HasValue ? request.QueryString.Value![1..] : string.Empty;
        var entry = new RecordingEntry(new RecordedRequest(
            gateway, request.Method, request.Path.Value ?? "/", query, headers, string.Empty, 0, receivedAt)
        {
            RawTarget = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget ?? string.Empty,
        });
        lock (_gate)
        {
            _entries.Add(entry);
        }

        return entry;
    }

    /// <summary>The requests answered so far; requests still being handled join once they are answered.</summary>
    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_gate)
        {
            var records = new List<RecordedRequest>(_entries.Count);
            foreach (var entry in _entries)
            {
                if (entry.Record is { } record)
                {
                    records.Add(record);
                }
            }

            return records;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            // Requests in flight keep their old entry and so never reappear.
            _entries = [];
        }
    }
}
