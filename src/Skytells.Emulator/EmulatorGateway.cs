namespace Skytells.Emulator;

/// <summary>The two gateways the emulator serves; a request's gateway is the port it arrived on.</summary>
public enum EmulatorGateway
{
    /// <summary>The Standard gateway (all plans, all models), like <c>https://api.skytells.ai/v1</c>.</summary>
    Standard,

    /// <summary>The Edge gateway (Business and Enterprise plans, Edge-capable models), like <c>https://edge.skytells.ai/v1</c>.</summary>
    Edge,
}
