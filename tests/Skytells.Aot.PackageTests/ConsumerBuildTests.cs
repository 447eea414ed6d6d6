using System.Globalization;
using System.Text.RegularExpressions;
using Skytells.Aot.PackageTests.Infrastructure;

namespace Skytells.Aot.PackageTests;

/// <summary>
/// A newcomer's project that references the packed Skytells.Aot: `dotnet build` reports SKY1001 on a non-Edge model
/// sent to Edge, and each documented switch turns it off.
/// </summary>
[Collection(PackedLibraryGroup.Name)]
public sealed partial class ConsumerBuildTests(PackedLibrary package)
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(4);

    // The model sits at line 9, column 51 (1-based) of Program.cs.
    private const int ModelLine = 9;
    private const int ModelColumn = 51;

    private static string Program(string model) => $$"""
        using System.Text.Json.Nodes;
        using Skytells;

        internal static class Program
        {
            private static async Task Main()
            {
                using var client = new SkytellsClient("sk-test");
                await client.Edge.Predictions.CreateAsync({{model}}, new JsonObject { ["prompt"] = "a fox" });
            }
        }
        """;

    [Fact]
    public async Task Non_Edge_model_on_Edge_fails_a_warnaserror_build_with_SKY1001_at_the_model()
    {
        var build = await BuildAsync(Program("\"truefusion-pro\""), editorConfig: null, "-warnaserror");

        Assert.NotEqual(0, build.ExitCode);
        var match = Sky1001Error().Match(build.Output);
        Assert.True(match.Success, build.ToString());
        Assert.Equal("Program.cs", Path.GetFileName(match.Groups["file"].Value));
        Assert.Equal((ModelLine, ModelColumn), (int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture)));
        Assert.Contains("truefusion-edge", match.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_build_shows_SKY1001_as_a_warning()
    {
        var build = await BuildAsync(Program("\"truefusion-pro\""), editorConfig: null);

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains($"Program.cs({ModelLine},{ModelColumn}): warning SKY1001", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_fixed_model_builds()
    {
        var build = await BuildAsync(Program("SkytellsModels.TrueFusionEdge"), editorConfig: null, "-warnaserror");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain("SKY1001", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Severity_none_in_editorconfig_builds()
    {
        var build = await BuildAsync(
            Program("\"truefusion-pro\""),
            "root = true\n\n[*.cs]\ndotnet_diagnostic.SKY1001.severity = none\n",
            "-warnaserror");

        Assert.True(build.ExitCode == 0, build.ToString());
    }

    [Fact]
    public async Task SkytellsAnalyzers_false_removes_the_analyzers()
    {
        var build = await BuildAsync(Program("\"truefusion-pro\""), editorConfig: null, "-warnaserror", "-p:SkytellsAnalyzers=false");

        Assert.True(build.ExitCode == 0, build.ToString());
    }

    [Fact]
    public async Task The_MSBuild_property_adds_Edge_capable_models()
    {
        // ';' is how MSBuild lists are written; the package's targets make it survive the compiler's config file.
        var build = await BuildAsync(Program("\"truefusion-pro\""), editorConfig: null, "-warnaserror", "-p:SkytellsEdgeAdditionalModels=veo-3.1%3Btruefusion-pro");

        Assert.True(build.ExitCode == 0, build.ToString());
    }

    [Fact]
    public async Task The_MSBuild_property_set_in_the_project_adds_Edge_capable_models()
    {
        var props = Path.Combine(package.ConsumerFolder, "Directory.Build.props");
        File.WriteAllText(props, """
            <Project>
              <PropertyGroup>
                <SkytellsEdgeAdditionalModels>veo-3.1;truefusion-pro</SkytellsEdgeAdditionalModels>
              </PropertyGroup>
            </Project>
            """);
        try
        {
            var build = await BuildAsync(Program("\"truefusion-pro\""), editorConfig: null, "-warnaserror");

            Assert.True(build.ExitCode == 0, build.ToString());
        }
        finally
        {
            File.Delete(props);
        }
    }

    private async Task<DotNet.Result> BuildAsync(string program, string? editorConfig, params string[] arguments)
    {
        File.WriteAllText(Path.Combine(package.ConsumerFolder, "Program.cs"), program);
        var editorConfigPath = Path.Combine(package.ConsumerFolder, ".editorconfig");
        if (editorConfig is null)
        {
            File.Delete(editorConfigPath);
        }
        else
        {
            File.WriteAllText(editorConfigPath, editorConfig);
        }

        // --no-incremental: every scenario compiles from scratch, so no result is carried over from the previous one.
        return await DotNet.RunAsync(
            package.ConsumerFolder,
            package.ConsumerEnvironment,
            BuildTimeout,
            ["build", "--no-restore", "--no-incremental", "-nodeReuse:false", "-p:UseSharedCompilation=false", .. arguments]);
    }

    [GeneratedRegex(@"(?<file>[^\s:]+\.cs)\((?<line>\d+),(?<column>\d+)\): error SKY1001: [^\r\n]*")]
    private static partial Regex Sky1001Error();
}
