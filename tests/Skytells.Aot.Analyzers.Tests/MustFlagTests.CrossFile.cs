using Skytells.Aot.Analyzers.Tests.Infrastructure;
using static Skytells.Aot.Analyzers.Tests.Infrastructure.Expect;

namespace Skytells.Aot.Analyzers.Tests;

/// <summary>Issue 11: holders and model ids proven across files, partial declarations and member bodies.</summary>
public sealed partial class MustFlagTests
{
    private static readonly (string, string) EdgeClientsFile = ("EdgeClients.cs", Code.File("""
        static class EdgeClients
        {
            public static readonly SkytellsClient Shared = new("key", SkytellsGateway.Edge);

            public static SkytellsClient Fast { get; } = new SkytellsClient(new SkytellsClientOptions { ApiKey = "key", Gateway = SkytellsGateway.Edge });
        }
        """));

    [Fact]
    public Task Static_readonly_field_of_a_static_class_in_another_file() => Verify.NoCodeFixAsync(
        [
            EdgeClientsFile,
            ("Renderer.cs", Code.File("""
                static class Renderer
                {
                    public static Task Run(JsonObject input) => EdgeClients.Shared.Predictions.CreateAsync({|#0:"sora-2"|}, input);
                }
                """)),
        ],
        Sky1001NoAlternative("sora-2"),
        Skytells.Aot.CodeFixes.EquivalenceKeys.SendToStandard);

    [Fact]
    public Task Get_only_auto_property_of_a_static_class_in_another_file() => Verify.FilesCodeFixAsync(
        [
            EdgeClientsFile,
            ("Renderer.cs", Code.File("""
                static class Renderer
                {
                    public static Task Run(JsonObject input) => EdgeClients.Fast.Predictions.CreateAsync({|#0:"truefusion-pro"|}, input);
                }
                """)),
        ],
        [Sky1001("truefusion-pro")],
        [
            EdgeClientsFile,
            ("Renderer.cs", Code.File("""
                static class Renderer
                {
                    public static Task Run(JsonObject input) => EdgeClients.Fast.Predictions.CreateAsync("truefusion-edge", input);
                }
                """)),
        ],
        UseCounterpart);

    [Fact]
    public Task Holder_in_a_partial_class_declared_in_the_same_file() => Verify.CodeFixAsync(
        Code.File("""
            partial class ViewModel
            {
                private readonly SkytellsClient _client = new("key", SkytellsGateway.Edge);
            }

            partial class ViewModel
            {
                Task Render(JsonObject input) => _client.Predictions.CreateAsync({|#0:"truefusion-ultra"|}, input);
            }
            """),
        Sky1001("truefusion-ultra"),
        Code.File("""
            partial class ViewModel
            {
                private readonly SkytellsClient _client = new("key", SkytellsGateway.Edge);
            }

            partial class ViewModel
            {
                Task Render(JsonObject input) => _client.Predictions.CreateAsync("truefusion-edge", input);
            }
            """),
        UseCounterpart);

    [Fact]
    public Task Holder_in_a_partial_class_split_across_files() => Verify.FilesCodeFixAsync(
        [
            ("Page.razor.cs", Code.File("""
                public partial class Page
                {
                    private SkytellsClient Client { get; } = new(new SkytellsClientOptions { Gateway = SkytellsGateway.Edge });
                }
                """)),
            ("Page.Render.cs", Code.File("""
                public partial class Page
                {
                    Task Render(JsonObject input) => Client.Predictions.CreateAsync({|#0:SkytellsModels.FluxPro|}, input);
                }
                """)),
        ],
        [Sky1001("flux-pro", "flux-1-edge")],
        [
            ("Page.razor.cs", Code.File("""
                public partial class Page
                {
                    private SkytellsClient Client { get; } = new(new SkytellsClientOptions { Gateway = SkytellsGateway.Edge });
                }
                """)),
            ("Page.Render.cs", Code.File("""
                public partial class Page
                {
                    Task Render(JsonObject input) => Client.Predictions.CreateAsync(SkytellsModels.Flux1Edge, input);
                }
                """)),
        ],
        UseCounterpart);

    [Fact]
    public Task Positional_record_parameter_marked_EdgeGateway() => Verify.FilesCodeFixAsync(
        [
            ("Renderer.cs", Code.File("""
                record Renderer([EdgeGateway] SkytellsClient Client)
                {
                    public Task Run(JsonObject input) => Client.Predictions.CreateAsync({|#0:"truefusion-pro"|}, input);
                }
                """)),
            ("Caller.cs", Code.File("""
                static class Caller
                {
                    public static Task Run(Renderer renderer, JsonObject input) => renderer.Client.Predictions.CreateAsync({|#1:"truefusion-x"|}, input);
                }
                """)),
        ],
        [Sky1001("truefusion-pro"), Sky1001("truefusion-x", location: 1)],
        [
            ("Renderer.cs", Code.File("""
                record Renderer([EdgeGateway] SkytellsClient Client)
                {
                    public Task Run(JsonObject input) => Client.Predictions.CreateAsync("truefusion-edge", input);
                }
                """)),
            ("Caller.cs", Code.File("""
                static class Caller
                {
                    public static Task Run(Renderer renderer, JsonObject input) => renderer.Client.Predictions.CreateAsync("truefusion-edge", input);
                }
                """)),
        ],
        UseCounterpart);

    [Fact]
    public Task Local_initialised_through_a_conditional_access_chain() => Verify.CodeFixAsync(
        Code.InMethod("""
            var group = client?.Edge.Predictions;
            await group!.CreateAsync({|#0:"truefusion-pro"|}, input);
            """),
        Sky1001("truefusion-pro"),
        Code.InMethod("""
            var group = client?.Edge.Predictions;
            await group!.CreateAsync("truefusion-edge", input);
            """),
        UseCounterpart);

    private static readonly (string, string) ConstructorsFile = ("Studio.cs", Code.File("""
        sealed partial class Studio
        {
            private readonly SkytellsClient _client;

            public Studio() => _client = new("key", SkytellsGateway.Edge);

            public Studio(string key)
            {
                this._client = new SkytellsClient(new SkytellsClientOptions { ApiKey = key, Gateway = SkytellsGateway.Edge });
            }

            public Studio([EdgeGateway] SkytellsClient client, int retries) => _client = client;
        }
        """));

    [Fact]
    public Task Readonly_field_assigned_only_in_constructors_each_time_with_an_Edge_client() => Verify.FilesCodeFixAsync(
        [
            ConstructorsFile,
            ("Studio.Render.cs", Code.File("""
                sealed partial class Studio
                {
                    Task Render(JsonObject input) => _client.Predictions.CreateAsync({|#0:"truefusion-2"|}, input);
                }
                """)),
        ],
        [Sky1001("truefusion-2")],
        [
            ConstructorsFile,
            ("Studio.Render.cs", Code.File("""
                sealed partial class Studio
                {
                    Task Render(JsonObject input) => _client.Predictions.CreateAsync("truefusion-edge", input);
                }
                """)),
        ],
        UseCounterpart);

    [Fact]
    public Task Readonly_field_assigned_only_in_constructors_in_the_same_file() => Verify.CodeFixAsync(
        Code.InClass("""
            private readonly PredictionsClient _predictions;

            C(SkytellsClient client) { _predictions = client.Edge.Predictions; }

            C([EdgeGateway] PredictionsClient predictions, int retries) { _predictions = predictions; }

            Task Render(JsonObject input) => _predictions.CreateAsync({|#0:"truefusion-pro"|}, input);
            """),
        Sky1001("truefusion-pro"),
        Code.InClass("""
            private readonly PredictionsClient _predictions;

            C(SkytellsClient client) { _predictions = client.Edge.Predictions; }

            C([EdgeGateway] PredictionsClient predictions, int retries) { _predictions = predictions; }

            Task Render(JsonObject input) => _predictions.CreateAsync("truefusion-edge", input);
            """),
        UseCounterpart);

    private static readonly (string, string) MembersFile = ("Gateways.cs", Code.File("""
        sealed partial class Gateways
        {
            private readonly SkytellsClient _client;

            public Gateways(SkytellsClient client) => _client = client;

            public SkytellsClient EdgeClient => _client.Edge;

            public PredictionsClient EdgePredictions()
            {
                return this._client?.Edge.Predictions!;
            }
        }
        """));

    [Fact]
    public Task Expression_bodied_property_and_method_returning_an_Edge_source() => Verify.FilesCodeFixAsync(
        [
            MembersFile,
            ("Gateways.Use.cs", Code.File("""
                sealed partial class Gateways
                {
                    Task Here(JsonObject input) => EdgeClient.Predictions.CreateAsync({|#0:"truefusion-pro"|}, input);
                }

                static class Elsewhere
                {
                    static Task There(Gateways gateways, JsonObject input) => gateways.EdgePredictions().CreateAsync({|#1:"FLUX-2.0"|}, input);
                }
                """)),
        ],
        [Sky1001("truefusion-pro"), Sky1001("FLUX-2.0", "flux-1-edge", location: 1)],
        [
            MembersFile,
            ("Gateways.Use.cs", Code.File("""
                sealed partial class Gateways
                {
                    Task Here(JsonObject input) => EdgeClient.Predictions.CreateAsync("truefusion-edge", input);
                }

                static class Elsewhere
                {
                    static Task There(Gateways gateways, JsonObject input) => gateways.EdgePredictions().CreateAsync("flux-1-edge", input);
                }
                """)),
        ],
        UseCounterpart);

    [Fact]
    public Task Expression_bodied_property_in_the_same_file() => Verify.CodeFixAsync(
        Code.InClass("""
            private readonly SkytellsClient _client = SkytellsClient.FromEnvironment();

            private PredictionsClient Fast => _client.Edge.Predictions;

            Task Render(JsonObject input) => Fast.CreateAsync({|#0:"truefusion-pro"|}, input);
            """),
        Sky1001("truefusion-pro"),
        Code.InClass("""
            private readonly SkytellsClient _client = SkytellsClient.FromEnvironment();

            private PredictionsClient Fast => _client.Edge.Predictions;

            Task Render(JsonObject input) => Fast.CreateAsync("truefusion-edge", input);
            """),
        UseCounterpart);

    private static readonly (string, string) ModelsFile = ("Models.cs", Code.File("""
        static class Models
        {
            public static readonly string Preview = "truefusion-" + "pro";
        }
        """));

    [Fact]
    public Task Static_readonly_model_id_with_a_constant_initializer_in_another_file() => Verify.FilesCodeFixAsync(
        [
            ModelsFile,
            ("Use.cs", Code.File("""
                static class Use
                {
                    static Task Run(SkytellsClient client, JsonObject input) => client.Edge.Predictions.CreateAsync({|#0:Models.Preview|}, input);
                }
                """)),
        ],
        [Sky1001("truefusion-pro")],
        [
            ModelsFile,
            ("Use.cs", Code.File("""
                static class Use
                {
                    static Task Run(SkytellsClient client, JsonObject input) => client.Edge.Predictions.CreateAsync("truefusion-edge", input);
                }
                """)),
        ],
        UseCounterpart);

    [Fact]
    public Task Static_readonly_model_id_with_a_constant_initializer_in_the_same_file() => Verify.CodeFixAsync(
        Code.InClass("""
            private static readonly string Final = SkytellsModels.TrueFusionUltra;

            Task Run(SkytellsClient client, JsonObject input) => client.Edge.Predictions.CreateAsync({|#0:Final|}, input);
            """),
        Sky1001("truefusion-ultra"),
        Code.InClass("""
            private static readonly string Final = SkytellsModels.TrueFusionUltra;

            Task Run(SkytellsClient client, JsonObject input) => client.Edge.Predictions.CreateAsync("truefusion-edge", input);
            """),
        UseCounterpart);
}
