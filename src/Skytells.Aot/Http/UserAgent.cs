using System.Reflection;
using System.Runtime.InteropServices;

namespace Skytells;

/// <summary>Builds the <c>User-Agent</c> header naming the library and its version.</summary>
internal static class UserAgent
{
    /// <summary>The library version (informational version without build metadata).</summary>
    public static readonly string LibraryVersion = ReadVersion();

    public static string Build(string? applicationId)
    {
        var value = $"Skytells.Aot/{LibraryVersion} (.NET {Environment.Version}; {RuntimeInformation.OSDescription.Trim()})";
        return string.IsNullOrWhiteSpace(applicationId) ? value : $"{value} {applicationId.Trim()}";
    }

    private static string ReadVersion()
    {
        var informational = typeof(UserAgent).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return typeof(UserAgent).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        }

        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
