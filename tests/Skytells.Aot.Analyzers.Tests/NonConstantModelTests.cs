using Skytells.Aot.Analyzers.Tests.Infrastructure;
using static Skytells.Aot.Analyzers.Tests.Infrastructure.Expect;

namespace Skytells.Aot.Analyzers.Tests;

/// <summary>SKY1003, as a team that opted in for strict CI sees it.</summary>
public sealed class NonConstantModelTests
{
    private const string OptIn = """
        root = true

        [*.cs]
        dotnet_diagnostic.SKY1003.severity = warning
        """;

    [Fact]
    public Task Edge_calls_with_values_that_are_not_constants() => Verify.AnalyzerAsync(
        Code.InClass("""
            static Task Render([EdgeGateway] PredictionsClient predictions, [EdgeModelId] string model, JsonObject input) =>
                predictions.CreateAsync(model, input);

            async Task Run(SkytellsClient client, JsonObject input, string model, ChatCompletionRequest request)
            {
                await client.Edge.Predictions.CreateAsync({|#0:model|}, input);
                await Render(client.Predictions, {|#1:model|}, input);
                await client.Edge.Chat.CompleteAsync({|#2:request|});
                await client.Edge.Chat.CompleteAsync(new ChatCompletionRequest { Model = {|#3:model + "-x"|} });
            }
            """),
        OptIn,
        Sky1003(0),
        Sky1003(1),
        Sky1003(2),
        Sky1003(3));

    [Fact]
    public Task Standard_calls_and_unknown_gateways_are_not_reported() => Verify.AnalyzerAsync(
        Code.InMethod("""
            await client.Predictions.CreateAsync(model, input);
            await client.Standard.Predictions.CreateAsync(model, input);
            await SkytellsClient.FromEnvironment().Predictions.CreateAsync(model, input);
            await client.Edge.Chat.CompleteAsync(null!);
            """),
        OptIn);
}
