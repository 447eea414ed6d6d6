namespace Skytells.Emulator.Http;

/// <summary>One endpoint of the table.</summary>
internal sealed record Route(string Method, RouteTemplate Template, RouteAccess Access, ApiHandler Handler);
