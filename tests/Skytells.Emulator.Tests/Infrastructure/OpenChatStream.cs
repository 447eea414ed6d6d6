using System.Net;
using System.Net.ServerSentEvents;

namespace Skytells.Emulator.Tests.Infrastructure;

/// <summary>A chat stream held open and read event by event with <see cref="SseParser"/>, for tests that need streams in flight.</summary>
internal sealed class OpenChatStream : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly IAsyncEnumerator<SseItem<string>>? _events;
    private Task<bool>? _pending;

    private OpenChatStream(HttpResponseMessage response, IAsyncEnumerator<SseItem<string>>? events)
    {
        _response = response;
        _events = events;
    }

    public HttpStatusCode Status => _response.StatusCode;

    public HttpResponseMessage Response => _response;

    public static async Task<OpenChatStream> OpenAsync(
        EmulatorHost host, EmulatorGateway gateway, string body, string? apiKey = EmulatorApiKeys.Business, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = EmulatorHost.Build(HttpMethod.Post, host.Url(gateway, "/chat/completions"), apiKey, body, headers);
        var response = await host.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        IAsyncEnumerator<SseItem<string>>? events = null;
        if (response.IsSuccessStatusCode)
        {
            var stream = await response.Content.ReadAsStreamAsync();
            events = SseParser.Create(stream).EnumerateAsync().GetAsyncEnumerator();
        }

        return new OpenChatStream(response, events);
    }

    /// <summary>The next event's data, or null when the stream ended cleanly.</summary>
    public async Task<string?> NextAsync()
    {
        var events = _events ?? throw new InvalidOperationException($"The stream was refused: {(int)Status}.");
        _pending = events.MoveNextAsync().AsTask();
        return await _pending ? events.Current.Data : null;
    }

    public async ValueTask DisposeAsync()
    {
        // Closing the response first ends a read still waiting for an event; the parser cannot be disposed mid-read.
        _response.Dispose();
        if (_pending is { IsCompleted: false } pending)
        {
            await pending.ContinueWith(static _ => { }, TaskScheduler.Default);
        }

        if (_events is not null)
        {
            await _events.DisposeAsync();
        }
    }
}
