using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Skytells.Emulator.Hosting;

/// <summary>
/// One Kestrel server with a listener per gateway. Built on the empty builder: no configuration files, no
/// environment variables (ASPNETCORE_URLS cannot move the ports), no logging unless asked, nothing reflective.
/// </summary>
internal sealed class EmulatorServer : IAsyncDisposable
{
    // In-flight requests (awaits, delays) end on the emulator's stopping token; this only bounds a stuck client.
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(2);

    private readonly WebApplication _app;
    private readonly ListenOptions[] _listeners = new ListenOptions[2];

    private EmulatorServer(IPAddress address, int standardPort, int edgePort, bool logging)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "Skytells.Emulator" });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;

            // Writes complete only once the transport has sent them. A stream fault that drops the connection after N
            // chunks then drops it after the client got them; with a buffer, the abort could discard chunks not yet sent.
            kestrel.Limits.MaxResponseBufferSize = 0;
            kestrel.Listen(address, standardPort, listener => Keep(listener, EmulatorGateway.Standard));
            kestrel.Listen(address, edgePort, listener => Keep(listener, EmulatorGateway.Edge));
        });
        builder.Services.AddRoutingCore();
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = ShutdownTimeout);
        if (logging)
        {
            builder.Logging.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Information);
        }

        _app = builder.Build();
    }

    public ILoggerFactory LoggerFactory => _app.Services.GetRequiredService<ILoggerFactory>();

    /// <summary>The bound port of a gateway; Kestrel writes the real port back into the listener when it binds port 0.</summary>
    public int PortOf(EmulatorGateway gateway) =>
        _listeners[(int)gateway].IPEndPoint?.Port ?? throw new InvalidOperationException("The server has not started.");

    public static EmulatorServer Create(IPAddress address, int standardPort, int edgePort, bool logging) =>
        new(address, standardPort, edgePort, logging);

    public Task StartAsync(Action<WebApplication> mapEndpoints, CancellationToken cancellationToken)
    {
        mapEndpoints(_app);
        return _app.StartAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void Keep(ListenOptions listener, EmulatorGateway gateway)
    {
        // HTTP/1.1 only: without TLS nothing negotiates HTTP/2, and a single protocol keeps faults predictable.
        listener.Protocols = HttpProtocols.Http1;
        _listeners[(int)gateway] = listener;
    }
}
