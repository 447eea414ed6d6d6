using System.Net.Sockets;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;

namespace Skytells.Emulator.Faults;

/// <summary>
/// Ends a connection the two ways a network can. As observed with Kestrel 10 on Linux, <see cref="HttpContext.Abort"/>
/// releases the socket while Kestrel's receive loop still waits for the next request, and that release is abortive
/// (RST); once the loop has ended, the release is a plain close. The connection tests pin both behaviours down, so
/// a Kestrel that changed them would fail there rather than silently send the wrong thing.
/// </summary>
internal static class ConnectionBreaker
{
    // How long a graceful close waits for Kestrel to notice the end of input before it aborts anyway.
    private static readonly TimeSpan CloseWait = TimeSpan.FromSeconds(2);

    /// <summary>Resets the connection (RST); bytes the client already received stay readable before its read fails.</summary>
    public static void Reset(HttpContext context)
    {
        try
        {
            // A zero linger turns whatever close Kestrel does into a reset, pending receive or not.
            if (SocketOf(context) is { } socket)
            {
                socket.LingerState = new LingerOption(enable: true, seconds: 0);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Already gone: the client has its broken connection either way.
        }

        context.Abort();
    }

    /// <summary>Closes the connection gracefully (FIN, and no RST after it) without sending a byte.</summary>
    public static async Task CloseAsync(HttpContext context)
    {
        var socket = SocketOf(context);
        try
        {
            // The FIN goes out here. Shutting down the read side too ends Kestrel's receive loop, which then aborts
            // the request on its own.
            socket?.Shutdown(SocketShutdown.Both);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            socket = null;
        }

        if (socket is not null)
        {
            // Aborting before that loop is over would release the socket with a receive pending: a RST after the FIN.
            try
            {
                await Task.Delay(CloseWait, context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The request was aborted: Kestrel saw the end of input.
            }
        }

        context.Abort();
    }

    // Kestrel's socket transport exposes its socket; under another transport only the abort (a reset) is left.
    private static Socket? SocketOf(HttpContext context) => context.Features.Get<IConnectionSocketFeature>()?.Socket;
}
