namespace Skytells;

/// <summary>The Skytells API gateway a request is sent to.</summary>
public enum SkytellsGateway
{
    /// <summary>The Standard gateway (<c>https://api.skytells.ai/v1</c>): every account, every model.</summary>
    Standard = 0,

    /// <summary>
    /// The Edge gateway (<c>https://edge.skytells.ai/v1</c>): Business and Enterprise accounts, Edge-capable models
    /// (such as <see cref="SkytellsModels.TrueFusionEdge"/> and <see cref="SkytellsModels.Flux1Edge"/>) and chat completions.
    /// </summary>
    Edge = 1,
}
