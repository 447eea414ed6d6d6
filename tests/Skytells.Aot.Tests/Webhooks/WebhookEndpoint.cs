using System.Collections.Concurrent;
using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Skytells.Tests.Webhooks;

/// <summary>What the endpoint made of one delivery: the verified delivery or the rejection, and the status it answered.</summary>
public sealed record WebhookOutcome(WebhookDelivery? Delivery, SkytellsWebhookException? Rejection, int AnsweredStatus);

/// <summary>
/// A real webhook receiver as an application would write one: Kestrel on 127.0.0.1 port 0 and a plain
/// <see cref="RequestDelegate"/> that hands the raw body to <see cref="WebhookReceiver"/>. Bad signatures answer 401
/// and bad bodies 400 (as the TS SDK's handler does), so the emulator retries them. Each test adds its own route.
/// </summary>
public sealed class WebhookEndpoint : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Route> _routes = new(StringComparer.Ordinal);
    private WebApplication? _app;
    private Uri _baseUrl = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        _baseUrl = new Uri(addresses.Single());
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    /// <summary>Adds a route verifying with <paramref name="secret"/>.</summary>
    /// <param name="secret">The API key or webhook secret the receiver expects.</param>
    /// <param name="failFirstAccepted">Answer 500 after the first verified delivery, as a handler that crashed after recording it would.</param>
    public Route AddRoute(string secret, bool failFirstAccepted = false)
    {
        var route = new Route(new Uri(_baseUrl, $"/hooks/{Guid.NewGuid():N}"), new WebhookReceiver(secret), failFirstAccepted);
        _routes[route.Url.AbsolutePath] = route;
        return route;
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !_routes.TryGetValue(context.Request.Path.Value ?? "/", out var route))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        // Header names are case-insensitive here, as the TS SDK's lookup is.
        string? signature = context.Request.Headers[WebhookVerifier.SignatureHeader];
        try
        {
            var delivery = await route.Receiver.ReceiveAsync(context.Request.Body, signature, context.RequestAborted);
            var status = route.TakeFailure() ? StatusCodes.Status500InternalServerError : StatusCodes.Status200OK;
            route.Add(new WebhookOutcome(delivery, null, status));
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(status == 200 ? """{"ok":true}""" : """{"error":"handler failed"}""", context.RequestAborted);
        }
        catch (SkytellsWebhookException e)
        {
            var status = e.ErrorId == SkytellsWebhookException.SignatureInvalidErrorId ? StatusCodes.Status401Unauthorized : StatusCodes.Status400BadRequest;
            route.Add(new WebhookOutcome(null, e, status));
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync($$"""{"error":"rejected","errorId":"{{e.ErrorId}}"}""", context.RequestAborted);
        }
    }

    /// <summary>One webhook URL and the outcomes of the deliveries it received, in arrival order.</summary>
    public sealed class Route
    {
        private readonly Channel<WebhookOutcome> _outcomes = Channel.CreateUnbounded<WebhookOutcome>();
        private int _failuresLeft;

        internal Route(Uri url, WebhookReceiver receiver, bool failFirstAccepted)
        {
            Url = url;
            Receiver = receiver;
            _failuresLeft = failFirstAccepted ? 1 : 0;
        }

        public Uri Url { get; }

        internal WebhookReceiver Receiver { get; }

        /// <summary>The next outcome, waiting for it if needed (the token is only a safety net).</summary>
        public async Task<WebhookOutcome> NextAsync() => await _outcomes.Reader.ReadAsync(TestContext.Token);

        internal void Add(WebhookOutcome outcome) => _outcomes.Writer.TryWrite(outcome);

        internal bool TakeFailure() => Interlocked.Decrement(ref _failuresLeft) >= 0;
    }
}
