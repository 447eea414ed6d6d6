namespace Skytells.Emulator.Http;

/// <summary>Who may call a route.</summary>
internal enum RouteAccess
{
    /// <summary>Anyone (generated assets, like a CDN).</summary>
    Public,

    /// <summary>A registered API key; on Edge also a plan that includes Edge.</summary>
    ApiKey,
}
