using Skytells.Aot.Analyzers.Tests.Infrastructure;
using Skytells.Aot.CodeFixes;
using static Skytells.Aot.Analyzers.Tests.Infrastructure.Expect;

namespace Skytells.Aot.Analyzers.Tests;

/// <summary>SKY1002: constant model ids missing from the catalog, on any gateway.</summary>
public sealed class UnknownModelTests
{
    [Theory]
    [InlineData("truefusion-edg", "truefusion-edge")]
    [InlineData("TrueFusion-Pro", "truefusion-pro")]
    [InlineData("flux-1-egde", "flux-1-edge")]
    [InlineData("veo-31", "veo-3.1")]
    [InlineData("flux-2-pro", "FLUX.2-pro")]
    public Task Did_you_mean_a_close_catalog_id(string typo, string meant) => Verify.CodeFixAsync(
        Code.InMethod($$"""await client.Predictions.CreateAsync({|#0:"{{typo}}"|}, input);"""),
        Sky1002(typo, meant),
        Code.InMethod($$"""await client.Predictions.CreateAsync("{{meant}}", input);"""),
        EquivalenceKeys.UseSuggestedModel);

    [Fact]
    public Task Request_properties_and_Edge_calls_are_checked_too() => Verify.CodeFixAsync(
        Code.InMethod("""
            await client.Edge.Chat.CompleteAsync(new ChatCompletionRequest { Model = {|#0:"gpt5"|} });
            var request = new PredictionRequest { Input = input };
            request.Model = {|#1:"truefusion-ed"|};
            """),
        [Sky1002("gpt5", "gpt-5"), Sky1002("truefusion-ed", "truefusion-edge", location: 1)],
        Code.InMethod("""
            await client.Edge.Chat.CompleteAsync(new ChatCompletionRequest { Model = "gpt-5" });
            var request = new PredictionRequest { Input = input };
            request.Model = "truefusion-edge";
            """),
        EquivalenceKeys.UseSuggestedModel);

    [Fact]
    public Task Indexer_and_constructor_initializer_arguments_are_checked_too() => Verify.CodeFixAsync(
        Code.InClass("""
            class Catalog
            {
                public Catalog([ModelId] string model) { }

                public string this[[ModelId] string model] => model;
            }

            sealed class Gpt : Catalog { public Gpt() : base({|#0:"gpt5"|}) { } }

            string Run(Catalog catalog) => catalog[{|#1:"truefusion-ed"|}];
            """),
        [Sky1002("gpt5", "gpt-5"), Sky1002("truefusion-ed", "truefusion-edge", location: 1)],
        Code.InClass("""
            class Catalog
            {
                public Catalog([ModelId] string model) { }

                public string this[[ModelId] string model] => model;
            }

            sealed class Gpt : Catalog { public Gpt() : base("gpt-5") { } }

            string Run(Catalog catalog) => catalog["truefusion-edge"];
            """),
        EquivalenceKeys.UseSuggestedModel);

    [Fact]
    public Task Nothing_close_means_no_suggestion_and_no_fix() => Verify.AnalyzerAsync(
        Code.InMethod("""await client.Predictions.CreateAsync({|#0:"my-fine-tuned-model"|}, input);"""),
        Sky1002("my-fine-tuned-model"));

    [Fact]
    public Task Listed_models_and_placeholders_are_not_reported() => Verify.AnalyzerAsync(
        Code.InMethod("""
            await client.Predictions.CreateAsync("my-fine-tuned-model", input);
            await client.Predictions.CreateAsync("", input);
            await client.Predictions.CreateAsync(null!, input);
            """),
        """
            root = true

            [*.cs]
            skytells.edge_additional_models = my-fine-tuned-model
            """);
}
