using Skytells.Aot.Analyzers.Tests.Infrastructure;

namespace Skytells.Aot.Analyzers.Tests;

/// <summary>Code as it is while being typed: the analyzer must never throw (no AD0001), whatever it reports.</summary>
public sealed class IncompleteCodeTests
{
    public static TheoryData<string> HalfTypedStatements() =>
    [
        """await client.Edge.Predictions.CreateAsync(""",
        """await client.Edge.Predictions.CreateAsync("truefusion-pro" """,
        """await client.Edge.Predictions.CreateAsync("truefusion-pro", );""",
        """await client.Edge.Predictions.CreateAsync(model: , input);""",
        """await client.Edge.Predictions.CreateAsync("truefusion-pro" + , input);""",
        """await client.Edge.Predictions.CreateAsync(SkytellsModels., input);""",
        """await client.Edge.Predictions.CreateAsync(SkytellsModels.TrueFusionPr, input);""",
        """await client.Edge.Predictions.CreateAsync(new PredictionRequest { Model = });""",
        """await client.Edge.Predictions.CreateAsync(new PredictionRequest { Model = "truefusion-pro", });""",
        """await client.Edge.Chat.CompleteAsync(new() { Model = "truefusion-pro", Unknown = 1 });""",
        """await client.Edge.Chat.CompleteAsync(new() { Model = 42 });""",
        """var c = new SkytellsClient("k", SkytellsGateway.); await c.Predictions.CreateAsync("truefusion-pro", input);""",
        """var c = new SkytellsClient(new SkytellsClientOptions { Gateway = }); await c.Predictions.CreateAsync("truefusion-pro", input);""",
        """var c = new SkytellsClient(; await c.Predictions.CreateAsync("truefusion-pro", input);""",
        """SkytellsClient c = new(; await c.Predictions.CreateAsync("truefusion-pro", input);""",
        """var e = client.Edge. ; await e.Predictions.CreateAsync("truefusion-pro", input);""",
        """var e = client.Edge; e = ; await e.Predictions.CreateAsync("truefusion-pro", input);""",
        """await client.Edge.Predictions.CreateAsync("truefusion-pro", input, cancellationToken: );""",
        """await client..Predictions.CreateAsync("truefusion-pro", input);""",
        """_ = client.Edge?.Predictions?.CreateAsync("truefusion-pro", input""",
        """var r = new PredictionRequest { Model = "truefusion-pro" }; r. ; await client.Edge.Predictions.CreateAsync(r);""",
        """var r = new PredictionRequest { Model = "truefusion-pro" }; await client.Edge.Predictions.CreateAsync(r, r);""",
        """await Undefined.CreateAsync("truefusion-pro");""",
        """await client.Edge.Predictions.CreateAsync<>("truefusion-pro", input, );""",
        """await client.Edge.Predictions.CreateAsync(1, input);""",
        """await client.Edge.Unknown.CreateAsync("truefusion-pro", input);""",
        """System.Func<string, Task> f = ([EdgeModelId] m) => client.Edge.Predictions.CreateAsync(m, input); await f("truefusion-pro");""",
        """await (client.Edge.Predictions.CreateAsync)("truefusion-pro", input);""",
        """await client.Edge.Predictions.CreateAsync(@"truefusion-pro", input""",
        """await client.Edge.Predictions.CreateAsync($"{model}-pro", input);""",
        """await client.Edge.Predictions.CreateAsync(default, input);""",
        """await client.Edge.Predictions.CreateAsync(default!, default!);""",
        """await client.Edge.Chat.CompleteAsync(default);""",
    ];

    [Theory]
    [MemberData(nameof(HalfTypedStatements))]
    public async Task Half_typed_statements(string statements) =>
        AssertNoAnalyzerFailure(await RawAnalysis.RunAsync(Code.InMethod(statements), enableAll: true));

    public static TheoryData<string> HalfTypedMembers() =>
    [
        """private readonly SkytellsClient _c = new("k", SkytellsGateway.Edge""",
        """private readonly SkytellsClient _c = new("k", SkytellsGateway.Edge); Task Run() => _c.Predictions.CreateAsync("truefusion-pro", null!""",
        """static readonly SkytellsClient A = B; static readonly SkytellsClient B = A; Task Run() => A.Predictions.CreateAsync("truefusion-pro", null!);""",
        """SkytellsClient P { get; } = P; Task Run() => P.Predictions.CreateAsync("truefusion-pro", null!);""",
        """Task Run([EdgeGateway] SkytellsClient) => client.Predictions.CreateAsync("truefusion-pro", null!);""",
        """Task Run([EdgeModelId] string model = "truefusion-pro") => Run();""",
        """[EdgeModelId] string Model { get; set; } = "truefusion-pro" """,
        """[EdgeModelId] string Model { get; set; } = Undefined;""",
        """[return: EdgeGateway] SkytellsClient Get() => Get(); Task Run() => Get().Predictions.CreateAsync("truefusion-pro", null!);""",
        """partial class Inner { private readonly SkytellsClient _c = new("k", SkytellsGateway.Edge); } partial class Inner { Task Run() => _c.Predictions.CreateAsync("truefusion-pro", null!); }""",
        """struct S { private readonly SkytellsClient _c = new("k", SkytellsGateway.Edge); public S() { } Task Run() => _c.Predictions.CreateAsync("truefusion-pro", null!); }""",
    ];

    [Theory]
    [MemberData(nameof(HalfTypedMembers))]
    public async Task Half_typed_members(string members) =>
        AssertNoAnalyzerFailure(await RawAnalysis.RunAsync(Code.InClass(members), enableAll: true));

    private static void AssertNoAnalyzerFailure(RawAnalysis.Result result)
    {
        Assert.Empty(result.Exceptions);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "AD0001");
    }
}
