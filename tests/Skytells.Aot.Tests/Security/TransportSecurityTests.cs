namespace Skytells.Tests.Security;

/// <summary>The key is sent over plain http only to loopback, unless the options say otherwise.</summary>
public sealed class TransportSecurityTests
{
    [Theory]
    [InlineData("http://api.example.com/v1")]
    [InlineData("http://10.0.0.5:8080/v1")]
    [InlineData("http://[2001:db8::1]/v1")]
    public void Plain_http_off_loopback_is_refused_at_construction(string endpoint)
    {
        var standard = Assert.Throws<SkytellsConfigurationException>(() => new SkytellsClient(new SkytellsClientOptions { ApiKey = "sk-x", StandardEndpoint = new Uri(endpoint) }));
        var edge = Assert.Throws<SkytellsConfigurationException>(() => new SkytellsClient(new SkytellsClientOptions { ApiKey = "sk-x", EdgeEndpoint = new Uri(endpoint) }));

        Assert.Contains("StandardEndpoint", standard.Message, StringComparison.Ordinal);
        Assert.Contains("EdgeEndpoint", edge.Message, StringComparison.Ordinal);
        Assert.Contains("AllowInsecureTransport", standard.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-x", standard.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080/v1")]
    [InlineData("http://localhost:5080/v1")]
    [InlineData("http://[::1]:5080/v1")]
    [InlineData("https://api.example.com/v1")]
    public void Https_and_loopback_http_are_accepted(string endpoint)
    {
        using var client = new SkytellsClient(new SkytellsClientOptions { ApiKey = "sk-x", StandardEndpoint = new Uri(endpoint), EdgeEndpoint = new Uri(endpoint) });
        Assert.Equal(SkytellsGateway.Standard, client.Gateway);
    }

    [Fact]
    public void AllowInsecureTransport_lets_plain_http_through()
    {
        using var client = new SkytellsClient(new SkytellsClientOptions
        {
            ApiKey = "sk-x",
            StandardEndpoint = new Uri("http://proxy.internal/v1"),
            AllowInsecureTransport = true,
        });
        Assert.Equal(SkytellsGateway.Standard, client.Gateway);
    }

    [Theory]
    [InlineData("https://user:pass@api.example.com/v1")]
    [InlineData("https://api.example.com/v1?key=1")]
    [InlineData("https://api.example.com/v1#x")]
    public void Endpoints_with_credentials_a_query_or_a_fragment_are_refused(string endpoint) =>
        Assert.Throws<SkytellsConfigurationException>(() => new SkytellsClient(new SkytellsClientOptions { ApiKey = "sk-x", StandardEndpoint = new Uri(endpoint) }));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    [InlineData(-1, 1)]
    public void Size_limits_must_be_positive(int maxResponse, int maxEvent) =>
        Assert.Throws<SkytellsConfigurationException>(() => new SkytellsClient(new SkytellsClientOptions { ApiKey = "sk-x", MaxResponseBytes = maxResponse, MaxStreamEventBytes = maxEvent }));

    [Fact]
    public void Environment_endpoints_follow_the_same_rule()
    {
        var options = SkytellsClientOptions.FromEnvironment(name => name switch
        {
            SkytellsClientOptions.ApiKeyVariable => "sk-x",
            SkytellsClientOptions.StandardEndpointVariable => "http://gateway.example.com/v1",
            _ => null,
        });
        Assert.Throws<SkytellsConfigurationException>(() => new SkytellsClient(options));
    }
}
