using Skytells.Aot.Analyzers.Tests.Infrastructure;

namespace Skytells.Aot.Analyzers.Tests;

/// <summary>What a real build reports with no configuration: SKY1001 as a warning, SKY1002 as info, SKY1003 nothing.</summary>
public sealed class RealCompilationTests
{
    [Fact]
    public async Task Defaults_apply_in_a_real_compilation()
    {
        var result = await RawAnalysis.RunAsync(Code.InMethod("""
            await client.Edge.Predictions.CreateAsync("truefusion-pro", input);
            await client.Edge.Predictions.CreateAsync("truefusion-edg", input);
            await client.Edge.Predictions.CreateAsync(model, input);
            """));

        Assert.Empty(result.Exceptions);
        Assert.Collection(
            result.Diagnostics.OrderBy(d => d.Id, StringComparer.Ordinal),
            d => Assert.Equal(("SKY1001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning), (d.Id, d.Severity)),
            d => Assert.Equal(("SKY1002", Microsoft.CodeAnalysis.DiagnosticSeverity.Info), (d.Id, d.Severity)));
    }

    [Fact]
    public async Task The_library_analyzing_its_own_source_sees_its_own_attributes()
    {
        // The library builds with its analyzer (dogfood): attributes are source symbols there, not metadata.
        var result = await RawAnalysis.RunAsync(
            """
            namespace Skytells.Internal
            {
                static class Warmup
                {
                    public static System.Threading.Tasks.Task Run(Skytells.SkytellsClient client) =>
                        client.Edge.Predictions.CreateAsync(Skytells.SkytellsModels.TrueFusionVideoPro, new System.Text.Json.Nodes.JsonObject());
                }
            }
            """,
            libraryAsSource: true);

        Assert.Empty(result.Exceptions);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SKY1001", diagnostic.Id);
        Assert.Equal("/0/Test0.cs", diagnostic.Location.SourceTree!.FilePath);
    }

    [Fact]
    public async Task Top_level_statements_are_analyzed()
    {
        var result = await RawAnalysis.RunAsync("""
            using Skytells;

            var client = new SkytellsClient("key", SkytellsGateway.Edge);
            await client.Predictions.CreateAsync("truefusion-pro", new System.Text.Json.Nodes.JsonObject());
            """);

        Assert.Empty(result.Exceptions);
        Assert.Equal("SKY1001", Assert.Single(result.Diagnostics).Id);
    }
}
