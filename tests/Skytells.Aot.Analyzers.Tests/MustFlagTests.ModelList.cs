using Skytells.Aot.Analyzers.Tests.Infrastructure;
using static Skytells.Aot.Analyzers.Tests.Infrastructure.Expect;

namespace Skytells.Aot.Analyzers.Tests;

/// <summary>Issue 11: a saved <c>GET /models</c> answer (skytells-models.json) is the server's word on Edge support.</summary>
public sealed partial class MustFlagTests
{
    private const string ServerList = """
        [
          {"name":"FLUX.1 Edge","namespace":"flux-1-edge","type":"image","metadata":{"edge_compatible":false},"status":"offline"},
          {"name":"Brand new image","namespace":"brand-new-image","type":"image","metadata":{"edge_compatible":false,"cold_boot":true}},
          {"name":"Brand new video","namespace":"brand-new-video","type":"video","metadata":{"edge_compatible":false}},
          {"name":"TrueFusion Edge","namespace":"truefusion-edge","type":"image","metadata":{"edge_compatible":true}}
        ]
        """;

    [Fact]
    public Task A_model_the_saved_list_marks_non_Edge_although_the_catalog_says_Edge() => Verify.WithModelListCodeFixAsync(
        Code.InMethod("""await client.Edge.Predictions.CreateAsync({|#0:SkytellsModels.Flux1Edge|}, input);"""),
        ServerList,
        Sky1001("flux-1-edge"),
        Code.InMethod("""await client.Edge.Predictions.CreateAsync(SkytellsModels.TrueFusionEdge, input);"""),
        UseCounterpart);

    [Fact]
    public Task Models_only_the_saved_list_knows_and_marks_non_Edge() => Verify.WithModelListAsync(
        Code.InMethod("""
            await client.Edge.Predictions.CreateAsync({|#0:"brand-new-image"|}, input);
            await client.Edge.Predictions.CreateAsync({|#1:"brand-new-video"|}, input);
            """),
        ServerList,
        Verify.ModelListPath,
        Verify.Diagnostic(Descriptors.EdgeModelNotSupported).WithLocation(0).WithArguments("brand-new-image", "'truefusion-edge'")
            .WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations),
        Sky1001NoAlternative("brand-new-video", location: 1));
}
