using System.Net;
using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;

namespace Skytells.Emulator.Tests.Infrastructure;

/// <summary>
/// A chat stream read to its end (clean or not) and parsed with the BCL's <see cref="SseParser"/>: the raw text (for
/// comment lines, which the parser drops), every event's data in order, and how the stream ended.
/// </summary>
internal sealed class ChatStream
{
    private ChatStream(HttpStatusCode status, string? contentType, IReadOnlyDictionary<string, string> headers, string raw, IReadOnlyList<string> data, Exception? failure)
    {
        Status = status;
        ContentType = contentType;
        Headers = headers;
        Raw = raw;
        Data = data;
        Failure = failure;
    }

    public HttpStatusCode Status { get; }

    public string? ContentType { get; }

    /// <summary>Response and content headers (case-insensitive).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    public string Raw { get; }

    /// <summary>The data of every event, in order, including empty events and <c>[DONE]</c>.</summary>
    public IReadOnlyList<string> Data { get; }

    /// <summary>The error that ended the read (a dropped connection), or null after a clean end.</summary>
    public Exception? Failure { get; }

    public bool EndsWithDone => Data.Count > 0 && Data[^1] == "[DONE]";

    /// <summary>The JSON events (chunks, or an error event), without empty events and <c>[DONE]</c>.</summary>
    public IReadOnlyList<JsonElement> Events => [.. Data.Where(d => d.Length > 0 && d != "[DONE]").Select(Parse)];

    /// <summary>The chunk events (everything but an error event).</summary>
    public IReadOnlyList<JsonElement> Chunks => [.. Events.Where(e => !e.TryGetProperty("error", out _))];

    /// <summary>The streamed text: every <c>delta.content</c> joined.</summary>
    public string Content => string.Concat(Chunks.Select(c => c.GetProperty("choices")[0].GetProperty("delta"))
        .Where(d => d.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String)
        .Select(d => d.GetProperty("content").GetString()));

    public static async Task<ChatStream> ReadAsync(
        EmulatorHost host, EmulatorGateway gateway, string body, string? apiKey = EmulatorApiKeys.Business, IReadOnlyDictionary<string, string>? headers = null, string path = "/chat/completions")
    {
        using var request = EmulatorHost.Build(HttpMethod.Post, host.Url(gateway, path), apiKey, body, headers);
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await host.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var received = new MemoryStream();
        Exception? failure = null;
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync();
            await stream.CopyToAsync(received);
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            failure = e;
        }

        received.Position = 0;
        var data = new List<string>();
        await foreach (var item in SseParser.Create(received).EnumerateAsync())
        {
            data.Add(item.Data);
        }

        var all = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            all[name] = string.Join(",", values);
        }

        return new ChatStream(response.StatusCode, response.Content.Headers.ContentType?.MediaType, all, Encoding.UTF8.GetString(received.ToArray()), data, failure);
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public override string ToString() => $"{(int)Status} {Raw}";
}
