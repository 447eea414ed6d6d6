using Skytells.Emulator;

namespace Skytells.Tests.Integration;

public sealed class FromEnvironmentTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task A_client_from_the_process_environment_uses_its_key_gateway_and_endpoints()
    {
        var key = fixture.NewKey();
        string[] names = ["SKYTELLS_API_KEY", "SKYTELLS_USE_EDGE", "SKYTELLS_BASE_URL", "SKYTELLS_EDGE_BASE_URL"];
        var saved = names.ToDictionary(n => n, Environment.GetEnvironmentVariable);
        try
        {
            // No other test reads these variables, so setting them here cannot disturb tests running in parallel.
            Environment.SetEnvironmentVariable("SKYTELLS_API_KEY", key);
            Environment.SetEnvironmentVariable("SKYTELLS_USE_EDGE", "TRUE");
            Environment.SetEnvironmentVariable("SKYTELLS_BASE_URL", fixture.Emulator.StandardBaseUrl.ToString());
            Environment.SetEnvironmentVariable("SKYTELLS_EDGE_BASE_URL", fixture.Emulator.EdgeBaseUrl.ToString());
            using var client = SkytellsClient.FromEnvironment();

            Assert.Equal(SkytellsGateway.Edge, client.Gateway);
            var prediction = await client.Predictions.CreateAsync(SkytellsModels.TrueFusionEdge, new ImageInput { Prompt = "x" }, cancellationToken: TestContext.Token);
            Assert.Equal(PredictionStatus.Succeeded, prediction.Status);
            Assert.Equal(EmulatorGateway.Edge, Assert.Single(fixture.RequestsOf(key)).Gateway);
        }
        finally
        {
            foreach (var (name, value) in saved)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }
    }
}
