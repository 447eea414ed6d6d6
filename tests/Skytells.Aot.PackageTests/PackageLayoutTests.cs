using System.IO.Compression;
using System.Text.Json;
using Skytells.Aot.PackageTests.Infrastructure;

namespace Skytells.Aot.PackageTests;

/// <summary>What the one Skytells.Aot nupkg carries for the analyzer.</summary>
[Collection(PackedLibraryGroup.Name)]
public sealed class PackageLayoutTests(PackedLibrary package)
{
    [Fact]
    public void The_nupkg_carries_both_analyzer_assemblies_under_roslyn4_8()
    {
        var entries = Entries();

        Assert.Contains("analyzers/dotnet/roslyn4.8/cs/Skytells.Aot.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/roslyn4.8/cs/Skytells.Aot.CodeFixes.dll", entries);

        // Only under roslyn4.8: a copy in analyzers/dotnet/cs would load (and fail) on older compilers.
        Assert.DoesNotContain(entries, e => e.StartsWith("analyzers/", StringComparison.Ordinal) && !e.StartsWith("analyzers/dotnet/roslyn4.8/cs/", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("Analyzers", StringComparison.Ordinal));
    }

    [Fact]
    public void The_nupkg_carries_the_build_files_for_direct_and_transitive_references()
    {
        var entries = Entries();

        foreach (var folder in new[] { "build", "buildTransitive" })
        {
            Assert.Contains($"{folder}/Skytells.Aot.props", entries);
            Assert.Contains($"{folder}/Skytells.Aot.targets", entries);
        }
    }

    [Fact]
    public void The_analyzer_projects_are_not_package_dependencies()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        using var reader = new StreamReader(archive.GetEntry("Skytells.Aot.nuspec")!.Open());
        var nuspec = reader.ReadToEnd();

        Assert.DoesNotContain("Skytells.Aot.Analyzers", nuspec, StringComparison.Ordinal);
        Assert.DoesNotContain("Skytells.Aot.CodeFixes", nuspec, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.CodeAnalysis", nuspec, StringComparison.Ordinal);
    }

    [Fact]
    public void The_consumer_restored_Skytells_Aot_from_the_pack_folder()
    {
        // NuGet records where each package came from; a cached or remote copy would name another source.
        var metadata = Path.Combine(package.ConsumerPackagesFolder, "skytells.aot", package.Version.ToLowerInvariant(), ".nupkg.metadata");
        using var document = JsonDocument.Parse(File.ReadAllText(metadata));

        Assert.Equal(
            Path.TrimEndingDirectorySeparator(package.PackageFolder),
            Path.TrimEndingDirectorySeparator(document.RootElement.GetProperty("source").GetString()!));
    }

    private HashSet<string> Entries()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        return archive.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
    }
}
