using Skytells.Aot.Analyzers.Tests.Infrastructure;
using static Skytells.Aot.Analyzers.Tests.Infrastructure.Expect;

namespace Skytells.Aot.Analyzers.Tests.ModelList;

/// <summary>SKY1004: a saved model list that does not parse is reported on the file, and the catalog still applies.</summary>
public sealed class ModelListUnreadableTests
{
    [Fact]
    public Task A_malformed_list_is_SKY1004_at_the_problem_and_the_catalog_still_applies() => Verify.WithModelListAsync(
        Code.InMethod("""await client.Edge.Predictions.CreateAsync({|#0:"truefusion-pro"|}, input);"""),
        "[\n  {\"namespace\": \"truefusion-pro\", \"metadata\": {\"edge_compatible\": yes}}\n]\n",
        Verify.ModelListPath,
        Sky1001("truefusion-pro"),
        Verify.Diagnostic(Descriptors.ModelListUnreadable)
            .WithLocation(Verify.ModelListPath, 2, 67)
            .WithArguments("skytells-models.json", "(2,67): expected true, false or null for 'edge_compatible'"));

    [Fact]
    public async Task A_malformed_list_never_throws_out_of_the_analyzer()
    {
        var result = await RawAnalysis.RunAsync(
            Code.InMethod("""await client.Edge.Predictions.CreateAsync("truefusion-pro", input);"""),
            additionalFiles: [("skytells-models.json", "{\"not\": \"a list\"")]);

        Assert.Empty(result.Exceptions);
        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.ModelListUnreadable);
        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.EdgeModelNotSupported);
    }
}
