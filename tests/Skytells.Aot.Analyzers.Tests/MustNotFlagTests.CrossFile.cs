using Skytells.Aot.Analyzers.Tests.Infrastructure;
using static Skytells.Aot.Analyzers.Tests.Infrastructure.Expect;

namespace Skytells.Aot.Analyzers.Tests;

/// <summary>Issue 11's twins: the same shapes as the cross-file "must flag" cases, each with the certainty broken.</summary>
public sealed partial class MustNotFlagTests
{
    private static (string, string) Caller(string receiver) => ("Caller.cs", Code.File($$"""
        static class Caller
        {
            public static Task Run(JsonObject input) => {{receiver}}.Predictions.CreateAsync("truefusion-pro", input);
        }
        """));

    [Fact]
    public Task Static_holders_in_another_file_that_are_not_certainly_Edge() => Verify.FilesAsync(
        [("Clients.cs", Code.File("""
            static class Clients
            {
                public static readonly SkytellsClient Standard = new("key");
                public static readonly SkytellsClient FromEnvironment = SkytellsClient.FromEnvironment();
                public static readonly SkytellsClient Reassigned = new("key", SkytellsGateway.Edge);
                public static SkytellsClient Settable { get; set; } = new("key", SkytellsGateway.Edge);
                public static readonly SkytellsClient Cast = new("key", (SkytellsGateway)1);

                static Clients() => Reassigned = new("key");
            }
            """)),
        ("Caller.cs", Code.File("""
            static class Caller
            {
                public static async Task Run(JsonObject input)
                {
                    await Clients.Standard.Predictions.CreateAsync("truefusion-pro", input);
                    await Clients.FromEnvironment.Predictions.CreateAsync("truefusion-pro", input);
                    await Clients.Reassigned.Predictions.CreateAsync("truefusion-pro", input);
                    await Clients.Settable.Predictions.CreateAsync("truefusion-pro", input);
                    await Clients.Cast.Predictions.CreateAsync("truefusion-pro", input);
                }
            }
            """))]);

    [Fact]
    public Task A_look_alike_SkytellsGateway_in_the_holders_namespace_is_not_the_library_enum() => Verify.FilesAsync(
        [("Clients.cs", """
            using Skytells;

            namespace App
            {
                // Inside namespace App this type wins over the imported Skytells.SkytellsGateway.
                static class SkytellsGateway
                {
                    public static Skytells.SkytellsGateway Edge => Skytells.SkytellsGateway.Standard;
                }

                static class Clients
                {
                    public static readonly SkytellsClient Shared = new("key", SkytellsGateway.Edge);
                }
            }
            """),
        ("Caller.cs", Code.File("""
            static class Caller
            {
                public static Task Run(JsonObject input) => App.Clients.Shared.Predictions.CreateAsync("truefusion-pro", input);
            }
            """))]);

    [Fact]
    public Task A_partial_class_whose_other_part_assigns_a_Standard_client() => Verify.FilesAsync(
        [("Page.razor.cs", Code.File("""
            public partial class Page
            {
                private readonly SkytellsClient _client = new("key", SkytellsGateway.Edge);
            }
            """)),
        ("Page.Setup.cs", Code.File("""
            public partial class Page
            {
                public Page(SkytellsClient client) { _client = client; }
            }
            """)),
        ("Page.Render.cs", Code.File("""
            public partial class Page
            {
                Task Render(JsonObject input) => _client.Predictions.CreateAsync("truefusion-pro", input);
            }
            """))]);

    [Fact]
    public Task A_positional_record_parameter_without_the_attribute() => Verify.FilesAsync(
        [("Renderer.cs", Code.File("""
            record Renderer(SkytellsClient Client, [EdgeGateway] PredictionsClient Fast)
            {
                public Task Run(JsonObject input) => Client.Predictions.CreateAsync("truefusion-pro", input);
            }
            """)),
        Caller("new Renderer(SkytellsClient.FromEnvironment(), null!).Client")]);

    [Fact]
    public Task A_conditional_access_chain_without_Edge() => Verify.AnalyzerAsync(Code.InMethod("""
        var group = client?.Predictions;
        await group!.CreateAsync("truefusion-pro", input);
        var standard = client?.Edge.Standard.Predictions;
        await standard!.CreateAsync("truefusion-pro", input);
        """));

    [Fact]
    public Task A_readonly_field_one_constructor_assigns_with_an_unknown_client() => Verify.FilesAsync(
        [("Studio.cs", Code.File("""
            sealed partial class Studio
            {
                private readonly SkytellsClient _client;

                public Studio() => _client = new("key", SkytellsGateway.Edge);

                public Studio(SkytellsClient client) => _client = client;

                public Studio(int retries) => Replace(out _client);

                static void Replace(out SkytellsClient client) => client = new("key", SkytellsGateway.Edge);
            }
            """)),
        ("Studio.Render.cs", Code.File("""
            sealed partial class Studio
            {
                Task Render(JsonObject input) => _client.Predictions.CreateAsync("truefusion-pro", input);
            }
            """))]);

    [Fact]
    public Task Member_bodies_that_are_not_certainly_Edge() => Verify.FilesAsync(
        [("Gateways.cs", Code.File("""
            class Gateways
            {
                private readonly SkytellsClient _client = SkytellsClient.FromEnvironment();
                private readonly bool _fast = true;

                public virtual SkytellsClient Overridable => _client.Edge;
                public SkytellsClient Either => _fast ? _client.Edge : _client;
                public SkytellsClient Logged { get { System.Console.WriteLine(); return _client.Edge; } }
                public SkytellsClient Plain => _client;
            }
            """)),
        ("Caller.cs", Code.File("""
            static class Caller
            {
                public static async Task Run(Gateways gateways, JsonObject input)
                {
                    await gateways.Overridable.Predictions.CreateAsync("truefusion-pro", input);
                    await gateways.Either.Predictions.CreateAsync("truefusion-pro", input);
                    await gateways.Logged.Predictions.CreateAsync("truefusion-pro", input);
                    await gateways.Plain.Predictions.CreateAsync("truefusion-pro", input);
                }
            }
            """))]);

    [Fact]
    public Task Static_readonly_model_ids_that_are_not_certainly_one_value() => Verify.FilesAsync(
        [("Models.cs", Code.File("""
            static class Models
            {
                public static readonly string Reassigned = "truefusion-pro";
                public static readonly string FromEnvironment = System.Environment.GetEnvironmentVariable("MODEL") ?? "truefusion-pro";
                public static string Mutable = "truefusion-pro";

                static Models() { Reassigned = "truefusion-edge"; }
            }
            """)),
        ("Use.cs", Code.File("""
            static class Use
            {
                static async Task Run(SkytellsClient client, JsonObject input)
                {
                    await client.Edge.Predictions.CreateAsync({|#0:Models.Reassigned|}, input);
                    await client.Edge.Predictions.CreateAsync({|#1:Models.FromEnvironment|}, input);
                    await client.Edge.Predictions.CreateAsync({|#2:Models.Mutable|}, input);
                }
            }
            """))],
        Sky1003(0),
        Sky1003(1),
        Sky1003(2));
}
