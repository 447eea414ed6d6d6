using Skytells.Aot.Analyzers.Tests.Infrastructure;
using Skytells.Aot.CodeFixes;
using static Skytells.Aot.Analyzers.Tests.Infrastructure.Expect;

namespace Skytells.Aot.Analyzers.Tests;

/// <summary>"Send to Standard", Fix All across mixed models, and when a fix is deliberately not offered.</summary>
public sealed class CodeFixTests
{
    [Fact]
    public Task Send_to_Standard_renames_client_Edge() => Verify.CodeFixAsync(
        Code.InMethod("""await client.{|#1:Edge|}.Predictions.CreateAsync({|#0:"truefusion-pro"|}, input);"""),
        Sky1001WithStandardTarget("truefusion-pro"),
        Code.InMethod("""await client.Standard.Predictions.CreateAsync("truefusion-pro", input);"""),
        EquivalenceKeys.SendToStandard);

    [Fact]
    public Task Send_to_Standard_renames_the_constructor_gateway_of_a_client_used_only_here() => Verify.CodeFixAsync(
        Code.InMethod("""
            using var edge = new SkytellsClient("key", SkytellsGateway.{|#1:Edge|});
            await edge.Predictions.CreateAsync({|#0:SkytellsModels.TrueFusionPro|}, input);
            """),
        Sky1001WithStandardTarget("truefusion-pro"),
        Code.InMethod("""
            using var edge = new SkytellsClient("key", SkytellsGateway.Standard);
            await edge.Predictions.CreateAsync(SkytellsModels.TrueFusionPro, input);
            """),
        EquivalenceKeys.SendToStandard);

    [Fact]
    public Task Send_to_Standard_renames_the_options_gateway_of_a_private_field_used_only_here() => Verify.CodeFixAsync(
        Code.InClass("""
            private readonly SkytellsClient _client = new(new SkytellsClientOptions { Gateway = SkytellsGateway.{|#1:Edge|} });

            Task Run(JsonObject input) => _client.Predictions.CreateAsync({|#0:"flux-pro"|}, input);
            """),
        Sky1001WithStandardTarget("flux-pro", "flux-1-edge"),
        Code.InClass("""
            private readonly SkytellsClient _client = new(new SkytellsClientOptions { Gateway = SkytellsGateway.Standard });

            Task Run(JsonObject input) => _client.Predictions.CreateAsync("flux-pro", input);
            """),
        EquivalenceKeys.SendToStandard);

    [Fact]
    public Task Send_to_Standard_is_not_offered_for_a_client_other_calls_use() => Verify.NoCodeFixAsync(
        Code.InMethod("""
            var edge = new SkytellsClient("key", SkytellsGateway.Edge);
            await edge.Predictions.CreateAsync({|#0:"veo-3.1"|}, input);
            await edge.Predictions.CreateAsync("truefusion-edge", input);
            """),
        Verify.Diagnostic(Descriptors.EdgeModelNotSupportedNoAlternative).WithLocation(0).WithArguments("veo-3.1"),
        EquivalenceKeys.SendToStandard);

    [Fact]
    public Task Send_to_Standard_is_not_offered_for_an_EdgeGateway_contract() => Verify.NoCodeFixAsync(
        Code.InClass("""
            static Task Render([EdgeGateway] SkytellsClient client, JsonObject input) =>
                client.Predictions.CreateAsync({|#0:"sora-2"|}, input);
            """),
        Verify.Diagnostic(Descriptors.EdgeModelNotSupportedNoAlternative).WithLocation(0).WithArguments("sora-2"),
        EquivalenceKeys.SendToStandard);

    [Fact]
    public Task Send_to_Standard_fixes_all_calls_in_a_document() => Verify.CodeFixAsync(
        Code.InMethod("""
            await client.{|#1:Edge|}.Predictions.CreateAsync({|#0:"veo-3.1"|}, input);
            await client.{|#3:Edge|}.Predictions.CreateAsync({|#2:"truefusion-pro"|}, input);
            await client.Edge.Predictions.CreateAsync("truefusion-edge", input);
            """),
        [
            Verify.Diagnostic(Descriptors.EdgeModelNotSupportedNoAlternative).WithLocation(0).WithLocation(1).WithArguments("veo-3.1"),
            Verify.Diagnostic(Descriptors.EdgeModelNotSupported).WithLocation(2).WithLocation(3).WithArguments("truefusion-pro", "'truefusion-edge'"),
        ],
        Code.InMethod("""
            await client.Standard.Predictions.CreateAsync("veo-3.1", input);
            await client.Standard.Predictions.CreateAsync("truefusion-pro", input);
            await client.Edge.Predictions.CreateAsync("truefusion-edge", input);
            """),
        EquivalenceKeys.SendToStandard);

    [Fact]
    public Task Fix_all_gives_each_model_its_own_counterpart() => Verify.CodeFixAsync(
        Code.InClass("""
            async Task Run(SkytellsClient client, JsonObject input)
            {
                await client.Edge.Predictions.CreateAsync({|#0:"truefusion-pro"|}, input);
                await client.Edge.Predictions.CreateAsync({|#1:SkytellsModels.FluxPro|}, input);
                await client.Edge.Predictions.CreateAsync({|#2:SkytellsModels.TrueFusionUltra|}, input);
            }

            Task Other(SkytellsClient client, JsonObject input) => client.Edge.Predictions.CreateAsync({|#3:"FLUX-2.0"|}, input);
            """),
        [
            Sky1001("truefusion-pro"),
            Sky1001("flux-pro", "flux-1-edge", location: 1),
            Sky1001("truefusion-ultra", location: 2),
            Sky1001("FLUX-2.0", "flux-1-edge", location: 3),
        ],
        Code.InClass("""
            async Task Run(SkytellsClient client, JsonObject input)
            {
                await client.Edge.Predictions.CreateAsync("truefusion-edge", input);
                await client.Edge.Predictions.CreateAsync(SkytellsModels.Flux1Edge, input);
                await client.Edge.Predictions.CreateAsync(SkytellsModels.TrueFusionEdge, input);
            }

            Task Other(SkytellsClient client, JsonObject input) => client.Edge.Predictions.CreateAsync("flux-1-edge", input);
            """),
        EquivalenceKeys.UseEdgeCounterpart);

    [Fact]
    public Task A_model_without_counterpart_can_use_any_Edge_model_of_its_kind() => Verify.CodeFixAsync(
        Code.InMethod("""await client.Edge.Predictions.CreateAsync({|#0:SkytellsModels.GptImage1|}, input);"""),
        Verify.Diagnostic(Descriptors.EdgeModelNotSupported)
            .WithLocation(0)
            .WithArguments("gpt-image-1", "'truefusion-edge' or 'flux-1-edge'")
            .WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations),
        Code.InMethod("""await client.Edge.Predictions.CreateAsync(SkytellsModels.Flux1Edge, input);"""),
        EquivalenceKeys.UseEdgeModel("flux-1-edge"));

    [Fact]
    public Task Using_static_SkytellsModels_members_stay_members() => Verify.CodeFixAsync(
        """
        using System.Text.Json.Nodes;
        using System.Threading.Tasks;
        using Skytells;
        using static Skytells.SkytellsModels;

        class C
        {
            Task Run(SkytellsClient client, JsonObject input) => client.Edge.Predictions.CreateAsync({|#0:TrueFusionX|}, input);
        }
        """,
        Sky1001("truefusion-x"),
        """
        using System.Text.Json.Nodes;
        using System.Threading.Tasks;
        using Skytells;
        using static Skytells.SkytellsModels;

        class C
        {
            Task Run(SkytellsClient client, JsonObject input) => client.Edge.Predictions.CreateAsync(TrueFusionEdge, input);
        }
        """,
        EquivalenceKeys.UseEdgeCounterpart);
}
