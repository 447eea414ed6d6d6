namespace Skytells.Emulator.Hosting;

/// <summary>Tells the gateways apart by the local port a connection arrived on (both share one Kestrel server).</summary>
internal sealed class GatewayPorts
{
    private int _edgePort = -1;

    /// <summary>Set once the listeners are bound, since port 0 only becomes a real port then.</summary>
    public int EdgePort
    {
        get => Volatile.Read(ref _edgePort);
        set => Volatile.Write(ref _edgePort, value);
    }

    public EmulatorGateway Resolve(int localPort) => localPort == EdgePort ? EmulatorGateway.Edge : EmulatorGateway.Standard;
}
