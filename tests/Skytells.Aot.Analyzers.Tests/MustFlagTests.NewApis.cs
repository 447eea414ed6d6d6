using Skytells.Aot.Analyzers.Tests.Infrastructure;
using static Skytells.Aot.Analyzers.Tests.Infrastructure.Expect;

namespace Skytells.Aot.Analyzers.Tests;

/// <summary>Calls added with the models, run and embeddings API carry <c>[ModelId]</c>, so SKY1001 covers them like creates.</summary>
public sealed partial class MustFlagTests
{
    [Fact]
    public Task Run_to_completion_on_edge() => Verify.CodeFixAsync(
        Code.InMethod("""await client.Edge.Predictions.RunAsync({|#0:"truefusion-pro"|}, input);"""),
        Sky1001("truefusion-pro"),
        Code.InMethod("""await client.Edge.Predictions.RunAsync("truefusion-edge", input);"""),
        UseCounterpart);

    [Fact]
    public Task Embeddings_on_edge_with_a_standard_only_model() => Verify.AnalyzerAsync(
        Code.InMethod("""await client.Edge.Embeddings.CreateAsync({|#0:SkytellsModels.TextEmbedding3Small|}, "text");"""),
        Sky1001NoAlternative("text-embedding-3-small"));

    [Fact]
    public Task Embeddings_on_standard_stay_silent() => Verify.AnalyzerAsync(
        Code.InMethod("""await client.Standard.Embeddings.CreateAsync(SkytellsModels.TextEmbedding3Small, ["a", "b"]);"""));
}
