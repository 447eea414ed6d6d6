using Skytells.Aot.Analyzers.Tests.Infrastructure;
using static Skytells.Aot.Analyzers.Tests.Infrastructure.Expect;

namespace Skytells.Aot.Analyzers.Tests;

/// <summary>The "what must not be flagged" list, one test per case.</summary>
public sealed partial class MustNotFlagTests
{
    public static TheoryData<string> CatalogModels()
    {
        var data = new TheoryData<string>();
        foreach (var entry in ModelCatalog.All)
        {
            data.Add(entry.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CatalogModels))]
    public Task Standard_gateway_calls_with_any_model(string model) => Verify.AnalyzerAsync(Code.InClass($$"""
        private readonly SkytellsClient _standard = new("key");

        async Task Run(SkytellsClient client, JsonObject input)
        {
            await client.Predictions.CreateAsync("{{model}}", input);
            await client.Standard.Predictions.CreateAsync("{{model}}", input);
            await client.Edge.Standard.Predictions.CreateAsync("{{model}}", input);
            await new SkytellsClient("key", SkytellsGateway.Standard).Predictions.CreateAsync("{{model}}", input);
            await new SkytellsClient(new SkytellsClientOptions { Gateway = SkytellsGateway.Standard }).Predictions.CreateAsync("{{model}}", input);
            await _standard.Predictions.CreateAsync("{{model}}", input);
            await client.Chat.CompleteAsync(new ChatCompletionRequest { Model = "{{model}}" });
        }
        """));

    [Fact]
    public Task Edge_calls_with_Edge_models() => Verify.AnalyzerAsync(Code.InMethod("""
        await client.Edge.Predictions.CreateAsync("truefusion-edge", input);
        await client.Edge.Predictions.CreateAsync(SkytellsModels.Flux1Edge, input);
        await client.Edge.Predictions.CreateAsync(new PredictionRequest { Model = SkytellsModels.TrueFusionEdge, Input = input });
        await new SkytellsClient("key", SkytellsGateway.Edge).Predictions.CreateAsync("flux-1-edge", input);
        """));

    public static TheoryData<string> ChatModels()
    {
        var data = new TheoryData<string>();
        foreach (var entry in ModelCatalog.All)
        {
            if (entry.Kind == ModelKind.Text)
            {
                data.Add(entry.Id);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ChatModels))]
    public Task Edge_chat_completions_with_chat_models(string model) => Verify.AnalyzerAsync(Code.InMethod($$"""
        await client.Edge.Chat.CompleteAsync(new ChatCompletionRequest { Model = "{{model}}" });
        await client.Edge.Chat.CompleteAsync(new() { Model = "{{model}}" });
        var request = new ChatCompletionRequest { Model = "{{model}}" };
        await foreach (var chunk in client.Edge.Chat.StreamAsync(request)) { }
        await client.Edge.Chat.CompleteAsync(new ChatCompletionRequest());
        """));

    // The test framework turns every rule on, SKY1003 included; RealCompilationTests shows it is off in a real build.
    [Fact]
    public Task Non_constant_models_are_only_SKY1003() => Verify.AnalyzerAsync(
        Code.InMethod("""
            await client.Edge.Predictions.CreateAsync({|#0:model|}, input);
            await client.Edge.Predictions.CreateAsync({|#1:model.Trim()|}, input);
            await client.Edge.Predictions.CreateAsync({|#2:input.Count > 0 ? "truefusion-pro" : "truefusion-edge"|}, input);
            await client.Edge.Chat.CompleteAsync(new ChatCompletionRequest { Model = {|#3:model|} });
            """),
        Sky1003(0),
        Sky1003(1),
        Sky1003(2),
        Sky1003(3));

    [Fact]
    public Task Clients_from_FromEnvironment() => Verify.AnalyzerAsync(Code.InClass("""
        private readonly SkytellsClient _client = SkytellsClient.FromEnvironment();

        async Task Run(JsonObject input)
        {
            var client = SkytellsClient.FromEnvironment();
            await client.Predictions.CreateAsync("truefusion-pro", input);
            await _client.Predictions.CreateAsync("truefusion-pro", input);
            await new SkytellsClient(SkytellsClientOptions.FromEnvironment()).Predictions.CreateAsync("veo-3.1", input);
        }
        """));

    [Fact]
    public Task Clients_whose_gateway_is_not_a_constant() => Verify.AnalyzerAsync(Code.InMethod("""
        var gateway = input.Count > 0 ? SkytellsGateway.Edge : SkytellsGateway.Standard;
        await new SkytellsClient("key", gateway).Predictions.CreateAsync("truefusion-pro", input);
        await new SkytellsClient(new SkytellsClientOptions { Gateway = gateway }).Predictions.CreateAsync("truefusion-pro", input);
        var options = new SkytellsClientOptions { Gateway = SkytellsGateway.Edge };
        options.Gateway = SkytellsGateway.Standard;
        await new SkytellsClient(options).Predictions.CreateAsync("truefusion-pro", input);
        """));

    [Fact]
    public Task A_local_reassigned_after_its_initializer() => Verify.AnalyzerAsync(Code.InMethod("""
        var first = client.Edge;
        first = client.Standard;
        await first.Predictions.CreateAsync("truefusion-pro", input);

        var second = new SkytellsClient("key", SkytellsGateway.Edge);
        if (input.Count > 0) { second = SkytellsClient.FromEnvironment(); }
        await second.Predictions.CreateAsync("truefusion-pro", input);

        var third = client.Edge.Predictions;
        Replace(ref third);
        await third.CreateAsync("truefusion-pro", input);

        var fourth = client.Edge;
        (fourth, _) = (client.Standard, 1);
        await fourth.Predictions.CreateAsync("truefusion-pro", input);

        static void Replace(ref PredictionsClient predictions) { }
        """));

    [Fact]
    public Task Members_assigned_again_in_a_constructor_or_settable() => Verify.AnalyzerAsync(Code.InClass("""
        private readonly SkytellsClient _reassigned = new("key", SkytellsGateway.Edge);
        private SkytellsClient _mutable = new("key", SkytellsGateway.Edge);
        public SkytellsClient Settable { get; set; } = new("key", SkytellsGateway.Edge);
        public SkytellsClient Reassigned { get; } = new("key", SkytellsGateway.Edge);

        C(SkytellsClient client)
        {
            _reassigned = client;
            this.Reassigned = client;
        }

        async Task Run(JsonObject input)
        {
            await _reassigned.Predictions.CreateAsync("truefusion-pro", input);
            await _mutable.Predictions.CreateAsync("truefusion-pro", input);
            await Settable.Predictions.CreateAsync("truefusion-pro", input);
            await Reassigned.Predictions.CreateAsync("truefusion-pro", input);
        }
        """));

    [Fact]
    public Task A_request_changed_after_its_initializer() => Verify.AnalyzerAsync(
        Code.InMethod("""
            var request = new PredictionRequest { Model = "truefusion-pro", Input = input };
            request.Model = "truefusion-edge";
            await client.Edge.Predictions.CreateAsync({|#0:request|});
            """),
        Sky1003());

    [Fact]
    public Task Models_added_through_editorconfig() => Verify.AnalyzerAsync(
        Code.InMethod("""
            await client.Edge.Predictions.CreateAsync("truefusion-pro", input);
            await client.Edge.Predictions.CreateAsync(SkytellsModels.Veo31, input);
            await client.Edge.Predictions.CreateAsync("truefusion-edge-2", input);
            """),
        editorConfig: """
            root = true

            [*.cs]
            skytells.edge_additional_models = truefusion-pro, veo-3.1,truefusion-edge-2
            """);

    [Fact]
    public Task Models_added_through_a_global_config() => Verify.AnalyzerAsync(
        Code.InMethod("""await client.Edge.Predictions.CreateAsync("sora-2", input);"""),
        editorConfig: """
            is_global = true
            skytells.edge_additional_models = sora-2
            """);

    [Fact]
    public Task Models_added_through_the_MSBuild_property() => Verify.AnalyzerAsync(
        Code.InMethod("""
            await client.Edge.Predictions.CreateAsync("truefusion-pro", input);
            await client.Edge.Predictions.CreateAsync("beatfusion", input);
            """),
        editorConfig: """
            is_global = true
            build_property.SkytellsEdgeAdditionalModels = truefusion-pro,beatfusion
            """);

    [Fact]
    public Task Models_added_through_the_MSBuild_list_that_the_package_targets_derive() => Verify.AnalyzerAsync(
        Code.InMethod("""
            await client.Edge.Predictions.CreateAsync("truefusion-pro", input);
            await client.Edge.Predictions.CreateAsync("beatfusion", input);
            """),
        editorConfig: """
            is_global = true
            build_property.SkytellsEdgeAdditionalModels = truefusion-pro
            build_property._SkytellsEdgeAdditionalModelList = truefusion-pro,beatfusion
            """);

    [Fact]
    public Task Editorconfig_models_apply_only_to_the_files_their_section_matches() => Verify.AnalyzerAsync(
        Code.InMethod("""await client.Edge.Predictions.CreateAsync({|#0:"truefusion-pro"|}, input);"""),
        """
            root = true

            [other/*.cs]
            skytells.edge_additional_models = truefusion-pro
            """,
        Sky1001("truefusion-pro"));

    [Fact]
    public async Task Generated_code()
    {
        const string Body = """
            // <auto-generated/>
            using System.Text.Json.Nodes;
            using System.Threading.Tasks;
            using Skytells;

            class Generated
            {
                Task Run(SkytellsClient client, JsonObject input) => client.Edge.Predictions.CreateAsync("truefusion-pro", input);
            }
            """;
        var test = new SkytellsCodeFixTest();
        test.TestState.Sources.Add(("/0/Generated.cs", Body));
        test.TestState.Sources.Add(("/0/Client.g.cs", Body.Replace("// <auto-generated/>", string.Empty, StringComparison.Ordinal).Replace("Generated", "Generated2", StringComparison.Ordinal)));
        await test.RunAsync();
    }

    [Fact]
    public Task Projects_that_do_not_reference_Skytells_Aot() => new SkytellsCodeFixTest
    {
        ReferenceLibrary = false,

        // Look-alike types without the library's attributes: nothing to go on, nothing reported.
        TestCode = /* lang=c#-test */ """
            using System.Threading.Tasks;

            namespace Skytells
            {
                public sealed class SkytellsClient
                {
                    public SkytellsClient Edge => this;
                    public Predictions Predictions => new();
                }

                public sealed class Predictions
                {
                    public Task CreateAsync(string model, object input) => Task.CompletedTask;
                }

                class C
                {
                    Task Run(SkytellsClient client) => client.Edge.Predictions.CreateAsync("truefusion-pro", new object());
                }
            }
            """,
    }.RunAsync();

    [Fact]
    public Task Forwarded_EdgeModelId_parameters_are_checked_at_the_callers_only() => Verify.AnalyzerAsync(
        Code.InClass("""
            static Task Render([EdgeGateway] PredictionsClient predictions, [EdgeModelId] string model, JsonObject input) =>
                Inner(predictions, model, input);

            static Task Inner([EdgeGateway] PredictionsClient predictions, [EdgeModelId] string model, JsonObject input) =>
                predictions.CreateAsync(model, input);

            Task Run(SkytellsClient client, JsonObject input) => Render(client.Predictions, SkytellsModels.Flux1Edge, input);
            """),
        editorConfig: """
            root = true

            [*.cs]
            dotnet_diagnostic.SKY1003.severity = warning
            """);

    [Fact]
    public Task Edge_models_through_constructor_initializers_and_indexers() => Verify.AnalyzerAsync(
        Code.InClass("""
            class Renderer
            {
                public Renderer([EdgeModelId] string model) { }

                public Renderer() : this(SkytellsModels.TrueFusionEdge) { }
            }

            sealed class FluxRenderer : Renderer { public FluxRenderer() : base("flux-1-edge") { } }

            sealed class PrimaryRenderer([EdgeModelId] string model) : Renderer(model);

            // The marked parameter is forwarded: checked at the callers of FastRenderer, not here.
            sealed class FastRenderer : Renderer { public FastRenderer([EdgeModelId] string model) : base(model) { } }

            sealed class Renderers
            {
                public string this[[EdgeModelId] string model] { get => new FastRenderer(model).ToString()!; set { } }
            }

            void Run(Renderers renderers)
            {
                _ = new FastRenderer("truefusion-edge");
                _ = renderers[SkytellsModels.Flux1Edge];
                renderers["truefusion-edge"] = "x";
                _ = new Renderers { [SkytellsModels.TrueFusionEdge] = "x" };
                _ = new PrimaryRenderer(SkytellsModels.Flux1Edge);
            }
            """),
        editorConfig: """
            root = true

            [*.cs]
            dotnet_diagnostic.SKY1003.severity = warning
            """);

    [Fact]
    public Task Unknown_models_on_Edge_are_left_to_the_server() => Verify.AnalyzerAsync(
        Code.InMethod("""await client.Edge.Predictions.CreateAsync({|#0:"brand-new-model"|}, input);"""),
        Sky1002("brand-new-model"));
}
