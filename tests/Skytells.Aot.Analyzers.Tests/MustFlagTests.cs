using Skytells.Aot.Analyzers.Tests.Infrastructure;
using Skytells.Aot.CodeFixes;
using static Skytells.Aot.Analyzers.Tests.Infrastructure.Expect;

namespace Skytells.Aot.Analyzers.Tests;

/// <summary>The "what must be flagged" list (SKY1001), one test per case, each through its code fix.</summary>
public sealed partial class MustFlagTests
{
    private const string UseCounterpart = EquivalenceKeys.UseEdgeCounterpart;

    [Fact]
    public Task Literal_on_client_Edge_Predictions() => Verify.CodeFixAsync(
        Code.InMethod("""await client.Edge.Predictions.CreateAsync({|#0:"truefusion-pro"|}, input);"""),
        Sky1001("truefusion-pro"),
        Code.InMethod("""await client.Edge.Predictions.CreateAsync("truefusion-edge", input);"""),
        UseCounterpart);

    [Fact]
    public Task SkytellsModels_member_is_replaced_by_the_counterpart_member() => Verify.CodeFixAsync(
        Code.InMethod("""await client.Edge.Predictions.CreateAsync({|#0:SkytellsModels.TrueFusionPro|}, input);"""),
        Sky1001("truefusion-pro"),
        Code.InMethod("""await client.Edge.Predictions.CreateAsync(SkytellsModels.TrueFusionEdge, input);"""),
        UseCounterpart);

    [Fact]
    public Task Const_local() => Verify.CodeFixAsync(
        Code.InMethod("""
            const string Model = "flux-pro";
            await client.Edge.Predictions.CreateAsync({|#0:Model|}, input);
            """),
        Sky1001("flux-pro", "flux-1-edge"),
        Code.InMethod("""
            const string Model = "flux-pro";
            await client.Edge.Predictions.CreateAsync("flux-1-edge", input);
            """),
        UseCounterpart);

    [Fact]
    public Task Const_field() => Verify.CodeFixAsync(
        Code.InClass("""
            private const string Model = SkytellsModels.TrueFusionUltra;

            Task Run(SkytellsClient client, JsonObject input) => client.Edge.Predictions.CreateAsync({|#0:Model|}, input);
            """),
        Sky1001("truefusion-ultra"),
        Code.InClass("""
            private const string Model = SkytellsModels.TrueFusionUltra;

            Task Run(SkytellsClient client, JsonObject input) => client.Edge.Predictions.CreateAsync("truefusion-edge", input);
            """),
        UseCounterpart);

    [Fact]
    public Task Constant_concatenation() => Verify.CodeFixAsync(
        Code.InMethod("""
            const string Family = "truefusion";
            await client.Edge.Predictions.CreateAsync({|#0:Family + "-" + "pro"|}, input);
            """),
        Sky1001("truefusion-pro"),
        Code.InMethod("""
            const string Family = "truefusion";
            await client.Edge.Predictions.CreateAsync("truefusion-edge", input);
            """),
        UseCounterpart);

    [Fact]
    public Task Named_argument() => Verify.CodeFixAsync(
        Code.InMethod("""await client.Edge.Predictions.CreateAsync(model: {|#0:"truefusion-x"|}, input: input);"""),
        Sky1001("truefusion-x"),
        Code.InMethod("""await client.Edge.Predictions.CreateAsync(model: "truefusion-edge", input: input);"""),
        UseCounterpart);

    [Fact]
    public Task Arguments_in_any_order() => Verify.CodeFixAsync(
        Code.InMethod("""await client.Edge.Predictions.CreateAsync(input: new ImageInput { Prompt = "a fox" }, options: null, model: {|#0:SkytellsModels.FluxFast|});"""),
        Sky1001("flux-fast", "flux-1-edge"),
        Code.InMethod("""await client.Edge.Predictions.CreateAsync(input: new ImageInput { Prompt = "a fox" }, options: null, model: SkytellsModels.Flux1Edge);"""),
        UseCounterpart);

    [Fact]
    public Task Client_constructed_with_the_Edge_gateway_in_the_same_member() => Verify.CodeFixAsync(
        Code.InMethod("""
            using var edge = new SkytellsClient("key", SkytellsGateway.Edge);
            await edge.Predictions.CreateAsync({|#0:"truefusion-2"|}, input);
            """),
        Sky1001("truefusion-2"),
        Code.InMethod("""
            using var edge = new SkytellsClient("key", SkytellsGateway.Edge);
            await edge.Predictions.CreateAsync("truefusion-edge", input);
            """),
        UseCounterpart);

    [Fact]
    public Task Client_constructed_with_named_constructor_arguments() => Verify.CodeFixAsync(
        Code.InMethod("""
            var edge = new SkytellsClient(gateway: SkytellsGateway.Edge, apiKey: "key");
            await edge.Predictions.CreateAsync({|#0:"truefusion"|}, input);
            """),
        Sky1001("truefusion"),
        Code.InMethod("""
            var edge = new SkytellsClient(gateway: SkytellsGateway.Edge, apiKey: "key");
            await edge.Predictions.CreateAsync("truefusion-edge", input);
            """),
        UseCounterpart);

    [Fact]
    public Task Client_constructed_from_options_with_the_Edge_gateway() => Verify.CodeFixAsync(
        Code.InMethod("""
            var edge = new SkytellsClient(new SkytellsClientOptions { ApiKey = "key", Gateway = SkytellsGateway.Edge });
            await edge.Predictions.CreateAsync({|#0:"FLUX.2-pro"|}, input);
            """),
        Sky1001("FLUX.2-pro", "flux-1-edge"),
        Code.InMethod("""
            var edge = new SkytellsClient(new SkytellsClientOptions { ApiKey = "key", Gateway = SkytellsGateway.Edge });
            await edge.Predictions.CreateAsync("flux-1-edge", input);
            """),
        UseCounterpart);

    [Fact]
    public Task Client_constructed_with_target_typed_new() => Verify.CodeFixAsync(
        Code.InMethod("""
            SkytellsClient first = new("key", SkytellsGateway.Edge);
            SkytellsClient second = new(new SkytellsClientOptions { Gateway = SkytellsGateway.Edge });
            await first.Predictions.CreateAsync({|#0:"truefusion-pro"|}, input);
            await second.Predictions.CreateAsync({|#1:"FLUX-2.0"|}, input);
            """),
        [Sky1001("truefusion-pro"), Sky1001("FLUX-2.0", "flux-1-edge", location: 1)],
        Code.InMethod("""
            SkytellsClient first = new("key", SkytellsGateway.Edge);
            SkytellsClient second = new(new SkytellsClientOptions { Gateway = SkytellsGateway.Edge });
            await first.Predictions.CreateAsync("truefusion-edge", input);
            await second.Predictions.CreateAsync("flux-1-edge", input);
            """),
        UseCounterpart);

    [Fact]
    public Task Client_in_a_readonly_field_initializer() => Verify.CodeFixAsync(
        Code.InClass("""
            private readonly SkytellsClient _client = new("key", SkytellsGateway.Edge);

            Task Run(JsonObject input) => _client.Predictions.CreateAsync({|#0:"truefusion-pro"|}, input);
            """),
        Sky1001("truefusion-pro"),
        Code.InClass("""
            private readonly SkytellsClient _client = new("key", SkytellsGateway.Edge);

            Task Run(JsonObject input) => _client.Predictions.CreateAsync("truefusion-edge", input);
            """),
        UseCounterpart);

    [Fact]
    public Task Client_in_a_get_only_property_initializer() => Verify.CodeFixAsync(
        Code.InClass("""
            public SkytellsClient Client { get; } = new SkytellsClient(new SkytellsClientOptions { Gateway = SkytellsGateway.Edge });

            Task Run(JsonObject input) => Client.Predictions.CreateAsync({|#0:"flux-pro"|}, input);
            """),
        Sky1001("flux-pro", "flux-1-edge"),
        Code.InClass("""
            public SkytellsClient Client { get; } = new SkytellsClient(new SkytellsClientOptions { Gateway = SkytellsGateway.Edge });

            Task Run(JsonObject input) => Client.Predictions.CreateAsync("flux-1-edge", input);
            """),
        UseCounterpart);

    [Fact]
    public Task Local_holding_client_Edge() => Verify.CodeFixAsync(
        Code.InMethod("""
            var edge = client.Edge;
            await edge.Predictions.CreateAsync({|#0:"truefusion-pro"|}, input);
            """),
        Sky1001("truefusion-pro"),
        Code.InMethod("""
            var edge = client.Edge;
            await edge.Predictions.CreateAsync("truefusion-edge", input);
            """),
        UseCounterpart);

    [Fact]
    public Task Local_holding_client_Edge_Predictions() => Verify.CodeFixAsync(
        Code.InMethod("""
            var predictions = client.Edge.Predictions;
            await predictions.CreateAsync({|#0:"truefusion-pro"|}, input);
            await predictions.CreateAsync({|#1:SkytellsModels.FluxPro|}, input);
            """),
        [Sky1001("truefusion-pro"), Sky1001("flux-pro", "flux-1-edge", location: 1)],
        Code.InMethod("""
            var predictions = client.Edge.Predictions;
            await predictions.CreateAsync("truefusion-edge", input);
            await predictions.CreateAsync(SkytellsModels.Flux1Edge, input);
            """),
        UseCounterpart);

    [Fact]
    public Task Wrapper_whose_client_parameter_is_marked_EdgeGateway() => Verify.CodeFixAsync(
        Code.InClass("""
            static Task Render([EdgeGateway] SkytellsClient client, JsonObject input) =>
                client.Predictions.CreateAsync({|#0:"truefusion-pro"|}, input);
            """),
        Sky1001("truefusion-pro"),
        Code.InClass("""
            static Task Render([EdgeGateway] SkytellsClient client, JsonObject input) =>
                client.Predictions.CreateAsync("truefusion-edge", input);
            """),
        UseCounterpart);

    [Fact]
    public Task Wrapper_whose_members_are_marked_EdgeGateway() => Verify.CodeFixAsync(
        Code.InClass("""
            [EdgeGateway] private readonly PredictionsClient _predictions;
            [EdgeGateway] public SkytellsClient Fast { get; set; }

            C(SkytellsClient client) { _predictions = client.Predictions; Fast = client; }

            [return: EdgeGateway]
            SkytellsClient Resolve() => Fast;

            async Task Run(JsonObject input)
            {
                await _predictions.CreateAsync({|#0:"truefusion-pro"|}, input);
                await Fast.Predictions.CreateAsync({|#1:"truefusion-x"|}, input);
                await Resolve().Predictions.CreateAsync({|#2:"flux-pro"|}, input);
            }
            """),
        [Sky1001("truefusion-pro"), Sky1001("truefusion-x", location: 1), Sky1001("flux-pro", "flux-1-edge", location: 2)],
        Code.InClass("""
            [EdgeGateway] private readonly PredictionsClient _predictions;
            [EdgeGateway] public SkytellsClient Fast { get; set; }

            C(SkytellsClient client) { _predictions = client.Predictions; Fast = client; }

            [return: EdgeGateway]
            SkytellsClient Resolve() => Fast;

            async Task Run(JsonObject input)
            {
                await _predictions.CreateAsync("truefusion-edge", input);
                await Fast.Predictions.CreateAsync("truefusion-edge", input);
                await Resolve().Predictions.CreateAsync("flux-1-edge", input);
            }
            """),
        UseCounterpart);

    [Fact]
    public Task Wrapper_whose_model_parameter_is_marked_EdgeModelId() => Verify.CodeFixAsync(
        Code.InClass("""
            // Inside the wrapper the marked parameter is forwarded: checked at the wrapper's callers, not here.
            static Task Render([EdgeGateway] PredictionsClient predictions, [EdgeModelId] string model, JsonObject input) =>
                predictions.CreateAsync(model, input);

            Task Run(SkytellsClient client, JsonObject input) =>
                Render(client.Predictions, {|#0:SkytellsModels.TrueFusionPro|}, input);
            """),
        Sky1001("truefusion-pro"),
        Code.InClass("""
            // Inside the wrapper the marked parameter is forwarded: checked at the wrapper's callers, not here.
            static Task Render([EdgeGateway] PredictionsClient predictions, [EdgeModelId] string model, JsonObject input) =>
                predictions.CreateAsync(model, input);

            Task Run(SkytellsClient client, JsonObject input) =>
                Render(client.Predictions, SkytellsModels.TrueFusionEdge, input);
            """),
        UseCounterpart);

    [Fact]
    public Task Wrapper_property_marked_EdgeModelId_set_in_an_initializer() => Verify.CodeFixAsync(
        Code.InClass("""
            sealed class Job { [EdgeModelId] public string Model { get; set; } = "truefusion-edge"; }

            Job Make() => new Job { Model = {|#0:"truefusion-ultra"|} };
            """),
        Sky1001("truefusion-ultra"),
        Code.InClass("""
            sealed class Job { [EdgeModelId] public string Model { get; set; } = "truefusion-edge"; }

            Job Make() => new Job { Model = "truefusion-edge" };
            """),
        UseCounterpart);

    [Fact]
    public Task Constructor_initializer_base_into_an_EdgeModelId_parameter() => Verify.CodeFixAsync(
        Code.InClass("""
            class Renderer { public Renderer([EdgeModelId] string model) { } }

            sealed class ProRenderer : Renderer { public ProRenderer() : base({|#0:"truefusion-pro"|}) { } }

            sealed class FluxRenderer() : Renderer({|#1:"flux-pro"|});
            """),
        [Sky1001("truefusion-pro"), Sky1001("flux-pro", "flux-1-edge", location: 1)],
        Code.InClass("""
            class Renderer { public Renderer([EdgeModelId] string model) { } }

            sealed class ProRenderer : Renderer { public ProRenderer() : base("truefusion-edge") { } }

            sealed class FluxRenderer() : Renderer("flux-1-edge");
            """),
        UseCounterpart);

    [Fact]
    public Task Constructor_initializer_this_into_an_EdgeModelId_parameter() => Verify.CodeFixAsync(
        Code.InClass("""
            sealed class Renderer
            {
                public Renderer() : this({|#0:SkytellsModels.FluxPro|}) { }

                public Renderer([EdgeModelId] string model) { }
            }
            """),
        Sky1001("flux-pro", "flux-1-edge"),
        Code.InClass("""
            sealed class Renderer
            {
                public Renderer() : this(SkytellsModels.Flux1Edge) { }

                public Renderer([EdgeModelId] string model) { }
            }
            """),
        UseCounterpart);

    [Fact]
    public Task Indexer_parameter_marked_EdgeModelId() => Verify.CodeFixAsync(
        Code.InClass("""
            sealed class Renderers
            {
                public string this[[EdgeModelId] string model] { get => model; set { } }
            }

            void Run(Renderers renderers)
            {
                _ = renderers[{|#0:"truefusion-pro"|}];
                renderers[{|#1:"FLUX.2-pro"|}] = "x";
                _ = new Renderers { [{|#2:SkytellsModels.TrueFusionUltra|}] = "x" };
            }
            """),
        [Sky1001("truefusion-pro"), Sky1001("FLUX.2-pro", "flux-1-edge", location: 1), Sky1001("truefusion-ultra", location: 2)],
        Code.InClass("""
            sealed class Renderers
            {
                public string this[[EdgeModelId] string model] { get => model; set { } }
            }

            void Run(Renderers renderers)
            {
                _ = renderers["truefusion-edge"];
                renderers["flux-1-edge"] = "x";
                _ = new Renderers { [SkytellsModels.TrueFusionEdge] = "x" };
            }
            """),
        UseCounterpart);

    [Fact]
    public Task Request_object_whose_model_is_set_in_an_object_initializer() => Verify.CodeFixAsync(
        Code.InMethod("""
            await client.Edge.Predictions.CreateAsync(new PredictionRequest { Model = {|#0:"truefusion-pro"|}, Input = input });
            var request = new PredictionRequest { Input = input, Model = {|#1:SkytellsModels.Flux2Pro|} };
            await client.Edge.Predictions.CreateAsync(request);
            await client.Edge.Chat.CompleteAsync(new() { Model = {|#2:"truefusion-x"|} });
            """),
        [Sky1001("truefusion-pro"), Sky1001("FLUX.2-pro", "flux-1-edge", location: 1), Sky1001("truefusion-x", location: 2)],
        Code.InMethod("""
            await client.Edge.Predictions.CreateAsync(new PredictionRequest { Model = "truefusion-edge", Input = input });
            var request = new PredictionRequest { Input = input, Model = SkytellsModels.Flux1Edge };
            await client.Edge.Predictions.CreateAsync(request);
            await client.Edge.Chat.CompleteAsync(new() { Model = "truefusion-edge" });
            """),
        UseCounterpart);

    [Fact]
    public Task Conditional_access_and_casts_keep_the_receiver_known() => Verify.CodeFixAsync(
        Code.InMethod("""
            _ = client?.Edge.Predictions.CreateAsync({|#0:"truefusion-pro"|}, input);
            _ = ((SkytellsClient)client.Edge)!.Predictions.CreateAsync({|#1:(string)"truefusion-pro"|}, input);
            """),
        [Sky1001("truefusion-pro"), Sky1001("truefusion-pro", location: 1)],
        Code.InMethod("""
            _ = client?.Edge.Predictions.CreateAsync("truefusion-edge", input);
            _ = ((SkytellsClient)client.Edge)!.Predictions.CreateAsync("truefusion-edge", input);
            """),
        UseCounterpart);

    public static TheoryData<string> NonEdgeModels()
    {
        var data = new TheoryData<string>();
        foreach (var entry in ModelCatalog.All)
        {
            if (!entry.SupportsEdge)
            {
                data.Add(entry.Id);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NonEdgeModels))]
    public Task Every_model_the_catalog_marks_non_Edge(string model)
    {
        var source = Code.InMethod($$"""await client.{|#1:Edge|}.Predictions.CreateAsync({|#0:"{{model}}"|}, input);""");
        var alternatives = ModelCatalog.GetEdgeAlternatives(model);

        // Video, audio and embedding models have no Edge counterpart: the fix is to send the call to Standard.
        return alternatives.Count > 0
            ? Verify.CodeFixAsync(
                source,
                Verify.Diagnostic(Descriptors.EdgeModelNotSupported)
                    .WithLocation(0)
                    .WithLocation(1)
                    .WithArguments(model, "'" + string.Join("' or '", alternatives) + "'"),
                Code.InMethod($$"""await client.Edge.Predictions.CreateAsync("{{alternatives[0]}}", input);"""),
                UseCounterpart)
            : Verify.CodeFixAsync(
                source,
                Verify.Diagnostic(Descriptors.EdgeModelNotSupportedNoAlternative).WithLocation(0).WithLocation(1).WithArguments(model),
                Code.InMethod($$"""await client.Standard.Predictions.CreateAsync("{{model}}", input);"""),
                EquivalenceKeys.SendToStandard);
    }
}
