namespace Skytells;

/// <summary>
/// Turns an id or slug into exactly one escaped path segment. <see cref="Uri.EscapeDataString(string)"/> leaves
/// <c>.</c> alone and <see cref="Uri"/> collapses dot segments, so <c>..</c> would reach another route: such ids are
/// refused before any I/O, as are empty ones and ones with control characters.
/// </summary>
internal static class PathSegment
{
    public static string Escape(string? value, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, parameterName);
        if (value is "." or "..")
        {
            throw new ArgumentException($"'{value}' is not an id: as a path segment it would address another route.", parameterName);
        }

        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                throw new ArgumentException("An id cannot contain control characters.", parameterName);
            }
        }

        return Uri.EscapeDataString(value);
    }
}
