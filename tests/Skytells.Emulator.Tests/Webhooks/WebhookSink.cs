using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Skytells.Emulator.Tests.Webhooks;

/// <summary>One request the sink received, with the raw body bytes exactly as they arrived.</summary>
internal sealed record ReceivedWebhook(string Path, byte[] Body, string? Signature, string? ContentType)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Body);
}

/// <summary>
/// A real HTTP receiver on 127.0.0.1, port 0: it records every POST and answers with the status the test chooses
/// (by arrival number), so retries can be provoked with real 5xx answers and hangs.
/// </summary>
internal sealed class WebhookSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<ReceivedWebhook> _received = [];

    private WebhookSink(WebApplication app) => _app = app;

    /// <summary>Answers: (request, 1-based arrival number, request aborted) to status code. Default: always 200.</summary>
    public delegate Task<int> Answer(ReceivedWebhook request, int arrival, CancellationToken aborted);

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<ReceivedWebhook> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    public static async Task<WebhookSink> StartAsync(Answer? answer = null)
    {
        answer ??= static (_, _, _) => Task.FromResult(200);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var sink = new WebhookSink(app);
        app.Run(context => sink.HandleAsync(context, answer));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        sink.BaseUrl = new Uri(address);
        return sink;
    }

    public string Url(string path = "/hook") => new Uri(BaseUrl, path).ToString();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context, Answer answer)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var received = new ReceivedWebhook(
            context.Request.Path.Value ?? "/",
            buffer.ToArray(),
            context.Request.Headers["X-Skytells-Signature"].FirstOrDefault(),
            context.Request.ContentType);
        int arrival;
        lock (_gate)
        {
            _received.Add(received);
            arrival = _received.Count;
        }

        try
        {
            context.Response.StatusCode = await answer(received, arrival, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The sender gave up (its timeout): nothing to answer.
        }
    }
}
