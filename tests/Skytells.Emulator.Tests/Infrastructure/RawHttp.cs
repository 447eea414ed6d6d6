using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Skytells.Emulator.Tests.Infrastructure;

/// <summary>
/// One HTTP/1.1 exchange over a bare socket, for faults that HttpClient would hide: every byte that arrives is kept,
/// and how the connection ended (a FIN or a reset) is told apart.
/// </summary>
internal sealed class RawHttp
{
    private RawHttp(byte[] received, SocketError? error, bool peerGoneQuietly)
    {
        Received = received;
        Error = error;
        PeerGoneQuietly = peerGoneQuietly;
    }

    public byte[] Received { get; }

    /// <summary>Null when the server ended the connection with a FIN; the receive error (e.g. ConnectionReset) otherwise.</summary>
    public SocketError? Error { get; }

    /// <summary>After the FIN, no reset followed within the probe's wait (a send afterwards still went out).</summary>
    public bool PeerGoneQuietly { get; }

    public string Text => Encoding.Latin1.GetString(Received);

    /// <summary>The status line and headers, or null when not even they arrived.</summary>
    public string? Head => HeadEnd < 0 ? null : Text[..HeadEnd];

    /// <summary>How many body bytes arrived after the headers.</summary>
    public int BodyLength => HeadEnd < 0 ? 0 : Received.Length - HeadEnd - 4;

    private int HeadEnd => Text.IndexOf("\r\n\r\n", StringComparison.Ordinal);

    public static async Task<RawHttp> SendAsync(Uri url, string method, string? apiKey = EmulatorApiKeys.Business, string? body = null, string? fault = null, bool close = false)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(url.Host, url.Port, timeout.Token);

        var head = $"{method} {url.PathAndQuery} HTTP/1.1\r\nHost: {url.Authority}\r\n";
        if (apiKey is not null)
        {
            head += $"x-api-key: {apiKey}\r\n";
        }

        if (fault is not null)
        {
            head += $"x-emulator-fault: {fault}\r\n";
        }

        if (close)
        {
            // Lets a complete answer end the read: Kestrel closes the connection after it (with a FIN).
            head += "Connection: close\r\n";
        }

        var content = Encoding.UTF8.GetBytes(body ?? string.Empty);
        if (body is not null)
        {
            head += $"Content-Type: application/json\r\nContent-Length: {content.Length.ToString(CultureInfo.InvariantCulture)}\r\n";
        }

        await socket.SendAsync(Encoding.ASCII.GetBytes(head + "\r\n").Concat(content).ToArray(), timeout.Token);

        using var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            int count;
            try
            {
                count = await socket.ReceiveAsync(buffer, timeout.Token);
            }
            catch (SocketException e)
            {
                return new RawHttp(received.ToArray(), e.SocketErrorCode, peerGoneQuietly: false);
            }

            if (count == 0)
            {
                return new RawHttp(received.ToArray(), null, await NoResetFollowsAsync(socket));
            }

            received.Write(buffer, 0, count);
        }
    }

    // A reset that arrives after the FIN does not show on reads (they keep reporting the end of stream), but it
    // closes the socket, so a send fails. Without one, the send is accepted (and only the peer's answer to it resets).
    private static async Task<bool> NoResetFollowsAsync(Socket socket)
    {
        await Task.Delay(100);
        try
        {
            socket.Send("x"u8);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
