namespace Skytells.Emulator.Http;

/// <summary>A path template such as <c>/v1/predictions/{id}/cancel</c>: literal segments and <c>{name}</c> captures.</summary>
internal sealed class RouteTemplate
{
    private readonly string[] _segments;

    public RouteTemplate(string template)
    {
        Text = template;
        _segments = Split(template);
    }

    public string Text { get; }

    public bool TryMatch(string[] pathSegments, out Dictionary<string, string> values)
    {
        values = [];
        if (pathSegments.Length != _segments.Length)
        {
            return false;
        }

        for (var i = 0; i < _segments.Length; i++)
        {
            var segment = _segments[i];
            if (segment.StartsWith('{') && segment.EndsWith('}'))
            {
                values[segment[1..^1]] = pathSegments[i];
            }
            else if (!string.Equals(segment, pathSegments[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    // A trailing slash names the same resource, as it does for the real gateways' routers.
    public static string[] Split(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => Text;
}
