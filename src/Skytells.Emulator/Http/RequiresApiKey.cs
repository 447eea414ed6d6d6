using Microsoft.AspNetCore.Builder;

namespace Skytells.Emulator.Http;

/// <summary>Endpoint metadata: the endpoint serves registered keys only (on Edge, of a plan that includes Edge).</summary>
internal sealed class RequiresApiKey
{
    public static readonly RequiresApiKey Instance = new();
}

/// <summary>Marks route groups whose endpoints need a key, as <c>RequireAuthorization</c> would.</summary>
internal static class RequiresApiKeyExtensions
{
    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(RequiresApiKey.Instance);
}
