using System.Globalization;

namespace Skytells.Aot.PackageTests.Infrastructure;

/// <summary>
/// Packs src/Skytells.Aot once per run, with a version no cache can hold, into a temporary folder, and prepares a
/// consumer project that restores it from there into its own package folder: a stale Skytells.Aot anywhere on the
/// machine cannot make these tests pass.
/// </summary>
public sealed class PackedLibrary : IAsyncLifetime
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(6);
    private static readonly TimeSpan RestoreTimeout = TimeSpan.FromMinutes(4);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "skytells-package-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>The unique version packed for this run.</summary>
    public string Version { get; } = "0.0.0-pkgtest." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

    /// <summary>The folder holding the packed .nupkg.</summary>
    public string PackageFolder => Path.Combine(_root, "packages");

    /// <summary>The .nupkg file.</summary>
    public string PackagePath => Path.Combine(PackageFolder, $"Skytells.Aot.{Version}.nupkg");

    /// <summary>The consumer's own global packages folder.</summary>
    public string ConsumerPackagesFolder => Path.Combine(_root, "nuget-packages");

    /// <summary>The consumer project's folder.</summary>
    public string ConsumerFolder => Path.Combine(_root, "consumer");

    /// <summary>Environment of every consumer command.</summary>
    public IReadOnlyDictionary<string, string> ConsumerEnvironment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = ConsumerPackagesFolder };

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);

        // Outputs go under the temporary folder (--artifacts-path) so the run never touches the repository's bin/obj,
        // which other builds may be using.
        var pack = await DotNet.RunAsync(
            RepositoryRoot.Find(),
            environment: null,
            PackTimeout,
            "pack", Path.Combine("src", "Skytells.Aot", "Skytells.Aot.csproj"),
            "-c", "Release",
            "-o", PackageFolder,
            "--artifacts-path", Path.Combine(_root, "artifacts"),
            $"-p:Version={Version}",
            "-p:UseSharedCompilation=false",
            "-nodeReuse:false");
        if (pack.ExitCode != 0 || !File.Exists(PackagePath))
        {
            throw new InvalidOperationException($"dotnet pack failed: {pack}");
        }

        WriteConsumerProject();
        var restore = await DotNet.RunAsync(ConsumerFolder, ConsumerEnvironment, RestoreTimeout, "restore", "-nodeReuse:false");
        if (restore.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet restore of the consumer failed: {restore}");
        }
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; never fail a run over it.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return Task.CompletedTask;
    }

    private void WriteConsumerProject()
    {
        Directory.CreateDirectory(ConsumerFolder);

        // Stop MSBuild and NuGet from picking up anything above the temporary folder.
        File.WriteAllText(Path.Combine(_root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(_root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(_root, "Directory.Packages.props"), "<Project />\n");

        // The pack folder comes first; the machine's own sources (inherited) serve the library's dependencies.
        File.WriteAllText(Path.Combine(ConsumerFolder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="skytells-package-test" value="{PackageFolder}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(ConsumerFolder, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <NuGetAudit>false</NuGetAudit>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Skytells.Aot" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
    }
}

[CollectionDefinition(Name)]
public sealed class PackedLibraryGroup : ICollectionFixture<PackedLibrary>
{
    public const string Name = "Packed Skytells.Aot";
}
