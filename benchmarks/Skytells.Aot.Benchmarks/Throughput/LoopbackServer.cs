using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Skytells.Benchmarks.Canned;

namespace Skytells.Benchmarks.Throughput;

/// <summary>
/// Kestrel on 127.0.0.1 (port chosen by the OS) answering the same canned bytes as the in-memory handler.
/// A bare request delegate, no routing or logging: the server's cost must be small and equal for both clients.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app, Uri baseUri)
    {
        _app = app;
        BaseUri = baseUri;
    }

    /// <summary>The API root, <c>http://127.0.0.1:port/v1</c>.</summary>
    public Uri BaseUri { get; }

    public static async Task<LoopbackServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var routes = new CannedRoutes();
        app.Run(context => AnswerAsync(context, routes));
        await app.StartAsync();

        // Port 0: the OS picked one; Kestrel reports it once started.
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackServer(app, new Uri(address.TrimEnd('/') + "/v1"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task AnswerAsync(HttpContext context, CannedRoutes routes)
    {
        using var body = new RequestBodyBuffer();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var answer = routes.Answer(context.Request.Method, context.Request.Path.Value, body.WrittenSpan);
        context.Response.StatusCode = (int)answer.Status;
        context.Response.ContentType = answer.MediaType;
        context.Response.ContentLength = answer.Body.Length;
        await context.Response.Body.WriteAsync(answer.Body, context.RequestAborted);
    }
}
