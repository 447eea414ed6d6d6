namespace Skytells.Tests.Http;

public sealed class GatewayUriTests
{
    [Theory]
    [InlineData("https://api.skytells.ai/v1/predictions/p1", true)]
    [InlineData("https://edge.skytells.ai/v1/predictions/p1", true)]
    [InlineData("https://API.SKYTELLS.AI/v1/predictions/p1", true)]
    [InlineData("http://api.skytells.ai/v1/predictions/p1", false)]
    [InlineData("https://api.skytells.ai:8443/v1/predictions/p1", false)]
    [InlineData("https://attacker.example/v1/predictions/p1", false)]
    [InlineData("https://api.skytells.ai.attacker.example/v1/predictions/p1", false)]
    public void The_key_is_only_sent_to_urls_on_a_configured_gateway(string url, bool allowed)
    {
        using var transport = new SkytellsTransport(new SkytellsClientOptions { ApiKey = "k" }, httpClient: null);
        Assert.Equal(allowed, transport.IsGatewayUri(new Uri(url)));
    }
}
