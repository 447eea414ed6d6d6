using Skytells.Aot.PackageTests.Infrastructure;

namespace Skytells.Aot.PackageTests;

/// <summary>
/// A consumer of the packed Skytells.Aot whose Edge client lives in another file, and whose project carries the
/// server's saved model list: `dotnet build` proves the holder across files and follows the list.
/// </summary>
[Collection(PackedLibraryGroup.Name)]
public sealed class CrossFileConsumerTests(PackedLibrary package)
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(4);

    private const string Clients = """
        using Skytells;

        internal static class EdgeClients
        {
            public static readonly SkytellsClient Shared = new("sk-test", SkytellsGateway.Edge);
        }
        """;

    private static string Program(string model) => $$"""
        using System.Text.Json.Nodes;

        internal static class Program
        {
            private static async Task Main()
            {
                await EdgeClients.Shared.Predictions.CreateAsync("{{model}}", new JsonObject { ["prompt"] = "a fox" });
            }
        }
        """;

    private const string ServerList = """
        [
          {"name":"TrueFusion Pro","namespace":"truefusion-pro","type":"image","metadata":{"edge_compatible":true,"cold_boot":false},"status":"operational"},
          {"name":"FLUX.1 Edge","namespace":"flux-1-edge","type":"image","metadata":{"edge_compatible":false},"status":"offline"}
        ]
        """;

    [Fact]
    public async Task A_holder_in_another_file_is_followed()
    {
        var build = await BuildAsync(new() { ["Clients.cs"] = Clients, ["Program.cs"] = Program("truefusion-pro") }, items: null);

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("Program.cs(7,58): warning SKY1001", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_saved_model_list_as_an_AdditionalFile_marks_a_model_Edge_capable()
    {
        var build = await BuildAsync(
            new() { ["Clients.cs"] = Clients, ["Program.cs"] = Program("truefusion-pro"), ["skytells-models.json"] = ServerList },
            items: """<AdditionalFiles Include="skytells-models.json" />""",
            "-warnaserror");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain("SKY100", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_SkytellsModelList_item_under_another_name_marks_a_model_non_Edge()
    {
        var build = await BuildAsync(
            new() { ["Clients.cs"] = Clients, ["Program.cs"] = Program("flux-1-edge"), ["config/models.json"] = ServerList },
            items: """<SkytellsModelList Include="config/models.json" />""");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("Program.cs(7,58): warning SKY1001: Model 'flux-1-edge'", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_model_list_is_SKY1004_on_the_file()
    {
        var build = await BuildAsync(
            new() { ["Clients.cs"] = Clients, ["Program.cs"] = Program("truefusion-edge"), ["skytells-models.json"] = "{\"models\": []}" },
            items: """<AdditionalFiles Include="skytells-models.json" />""");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("skytells-models.json(1,1): warning SKY1004", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", build.Output, StringComparison.Ordinal);
    }

    // Writes the files (and a Directory.Build.props holding the items) into the shared consumer, builds, removes them.
    private async Task<DotNet.Result> BuildAsync(Dictionary<string, string> files, string? items, params string[] arguments)
    {
        if (items is not null)
        {
            files["Directory.Build.props"] = $"<Project>\n  <ItemGroup>\n    {items}\n  </ItemGroup>\n</Project>\n";
        }

        var programPath = Path.Combine(package.ConsumerFolder, "Program.cs");
        var previousProgram = File.Exists(programPath) ? File.ReadAllText(programPath) : null;
        var editorConfig = Path.Combine(package.ConsumerFolder, ".editorconfig");
        File.Delete(editorConfig);
        try
        {
            foreach (var (name, text) in files)
            {
                var path = Path.Combine(package.ConsumerFolder, name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text);
            }

            return await DotNet.RunAsync(
                package.ConsumerFolder,
                package.ConsumerEnvironment,
                BuildTimeout,
                ["build", "--no-restore", "--no-incremental", "-nodeReuse:false", "-p:UseSharedCompilation=false", .. arguments]);
        }
        finally
        {
            foreach (var name in files.Keys)
            {
                if (name != "Program.cs")
                {
                    File.Delete(Path.Combine(package.ConsumerFolder, name));
                }
            }

            if (previousProgram is not null)
            {
                File.WriteAllText(programPath, previousProgram);
            }
        }
    }
}
