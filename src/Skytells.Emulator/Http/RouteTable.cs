namespace Skytells.Emulator.Http;

/// <summary>
/// The emulator's endpoints. A hand-written table (instead of minimal-API binding) keeps routing free of
/// reflection and lets every unmatched request get the API's own 404 envelope.
/// </summary>
internal sealed class RouteTable
{
    private readonly List<Route> _routes = [];

    public RouteTable Add(string method, string template, ApiHandler handler, RouteAccess access = RouteAccess.ApiKey)
    {
        _routes.Add(new Route(method, new RouteTemplate(template), access, handler));
        return this;
    }

    public bool TryMatch(string method, string path, out Route route, out Dictionary<string, string> values)
    {
        var segments = RouteTemplate.Split(path);
        foreach (var candidate in _routes)
        {
            if (string.Equals(candidate.Method, method, StringComparison.OrdinalIgnoreCase)
                && candidate.Template.TryMatch(segments, out values))
            {
                route = candidate;
                return true;
            }
        }

        route = null!;
        values = [];
        return false;
    }
}
