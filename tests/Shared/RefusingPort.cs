using System.Net;
using System.Net.Sockets;

namespace Skytells.Tests.Shared;

/// <summary>
/// A loopback port where connections are refused for as long as this object lives: the socket is bound but never
/// listens. Binding and releasing a port instead lets a test running in parallel take it (and answer).
/// </summary>
internal sealed class RefusingPort : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

    public RefusingPort()
    {
        _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Port = ((IPEndPoint)_socket.LocalEndPoint!).Port;
    }

    public int Port { get; }

    public void Dispose() => _socket.Dispose();
}
