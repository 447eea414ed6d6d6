using Skytells.Tests.Integration;

namespace Skytells.Tests.Budget;

public sealed class BudgetIntegrationTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Creates_fail_fast_once_the_prediction_cap_is_reached()
    {
        var key = fixture.NewKey();
        var options = fixture.Options(key);
        options.Budget = new SkytellsBudgetOptions { MaxPredictions = 2 };
        using var client = new SkytellsClient(options);
        await client.Predictions.CreateAsync(SkytellsModels.TrueFusion, new ImageInput { Prompt = "a" }, cancellationToken: TestContext.Token);
        await client.Edge.Predictions.CreateAsync(SkytellsModels.TrueFusionEdge, new ImageInput { Prompt = "b" }, cancellationToken: TestContext.Token);

        await Assert.ThrowsAsync<SkytellsBudgetExceededException>(() =>
            client.Predictions.CreateAsync(SkytellsModels.TrueFusion, new ImageInput { Prompt = "c" }, cancellationToken: TestContext.Token));
        Assert.Equal(2, fixture.RequestsOf(key).Count);
    }

    [Fact]
    public async Task Creates_fail_fast_once_the_credits_reported_by_the_server_reach_the_cap()
    {
        var key = fixture.NewKey();
        var options = fixture.Options(key);
        options.Budget = new SkytellsBudgetOptions { MaxCredits = 0.0001 };
        using var client = new SkytellsClient(options);

        // Edge image models answer already succeeded, with their billing metadata.
        var first = await client.Edge.Predictions.CreateAsync(SkytellsModels.TrueFusionEdge, new ImageInput { Prompt = "a" }, cancellationToken: TestContext.Token);
        Assert.True(first.Metadata?.Billing?.CreditsUsed > 0);

        var error = await Assert.ThrowsAsync<SkytellsBudgetExceededException>(() =>
            client.Edge.Predictions.CreateAsync(SkytellsModels.TrueFusionEdge, new ImageInput { Prompt = "b" }, cancellationToken: TestContext.Token));
        Assert.Equal(first.Metadata!.Billing!.CreditsUsed!.Value, error.CreditsSpent, 6);
        Assert.Single(fixture.RequestsOf(key));
    }
}
