namespace Skytells.Emulator.RateLimits;

/// <summary>One key's limiters (one per gateway, since each gateway counts separately) and its stream counts.</summary>
internal sealed class KeyRateLimits
{
    private readonly StreamGauge _streams = new();
    private readonly GatewayRateLimiter _standard;
    private readonly GatewayRateLimiter _edge;

    public KeyRateLimits()
    {
        _standard = new GatewayRateLimiter(_streams);
        _edge = new GatewayRateLimiter(_streams);
    }

    /// <summary>Streams open right now on both gateways.</summary>
    public int OpenStreams => _streams.Open;

    /// <summary>The most streams ever open at once on both gateways together.</summary>
    public int MaxConcurrentStreams => _streams.Max;

    public GatewayRateLimiter For(EmulatorGateway gateway) => gateway == EmulatorGateway.Edge ? _edge : _standard;

    public void Configure(EmulatorRateLimit? standard, EmulatorRateLimit? edge, TimeProvider time)
    {
        _standard.Configure(standard, time);
        _edge.Configure(edge, time);
    }
}
