namespace Skytells.Tests.Configuration;

public sealed class ClientOptionsTests
{
    private static Func<string, string?> Env(params (string Name, string? Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        return name => map.TryGetValue(name, out var value) ? value : null;
    }

    [Theory]
    [InlineData("true", SkytellsGateway.Edge)]
    [InlineData("TRUE", SkytellsGateway.Edge)]
    [InlineData(" True ", SkytellsGateway.Edge)]
    [InlineData("false", SkytellsGateway.Standard)]
    [InlineData("1", SkytellsGateway.Standard)]
    [InlineData("yes", SkytellsGateway.Standard)]
    [InlineData("", SkytellsGateway.Standard)]
    [InlineData(null, SkytellsGateway.Standard)]
    public void Use_edge_selects_edge_only_for_true(string? value, SkytellsGateway expected)
    {
        var options = SkytellsClientOptions.FromEnvironment(Env(("SKYTELLS_API_KEY", "sk-env"), ("SKYTELLS_USE_EDGE", value)));
        Assert.Equal(expected, options.Gateway);
        Assert.Equal("sk-env", options.ApiKey);
    }

    [Fact]
    public void Missing_key_reads_as_null_and_the_client_refuses_it_with_a_typed_error()
    {
        var options = SkytellsClientOptions.FromEnvironment(Env(("SKYTELLS_API_KEY", "   ")));
        Assert.Null(options.ApiKey);
        var error = Assert.Throws<SkytellsConfigurationException>(() => new SkytellsClient(options));
        Assert.Contains("SKYTELLS_API_KEY", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Endpoints_default_to_the_documented_gateways()
    {
        var options = SkytellsClientOptions.FromEnvironment(Env());
        Assert.Equal(new Uri("https://api.skytells.ai/v1"), options.StandardEndpoint);
        Assert.Equal(new Uri("https://edge.skytells.ai/v1"), options.EdgeEndpoint);
    }

    [Fact]
    public void Endpoints_can_be_overridden_from_the_environment()
    {
        var options = SkytellsClientOptions.FromEnvironment(Env(
            ("SKYTELLS_BASE_URL", "http://127.0.0.1:5080/v1"),
            ("SKYTELLS_EDGE_BASE_URL", "http://127.0.0.1:5081/v1")));
        Assert.Equal(new Uri("http://127.0.0.1:5080/v1"), options.StandardEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:5081/v1"), options.EdgeEndpoint);
    }

    [Fact]
    public void A_malformed_endpoint_variable_is_a_configuration_error()
    {
        Assert.Throws<SkytellsConfigurationException>(() =>
            SkytellsClientOptions.FromEnvironment(Env(("SKYTELLS_EDGE_BASE_URL", "not a url"))));
    }

    [Fact]
    public void ToString_never_contains_the_key()
    {
        var options = new SkytellsClientOptions { ApiKey = "sk-very-secret-value" };
        Assert.DoesNotContain("sk-very-secret-value", options.ToString(), StringComparison.Ordinal);
        using var client = new SkytellsClient(options);
        Assert.DoesNotContain("sk-very-secret-value", client.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_client_snapshots_options_so_later_changes_have_no_effect()
    {
        var options = new SkytellsClientOptions { ApiKey = "sk-a", Gateway = SkytellsGateway.Edge };
        options.AdditionalEdgeModels.Add("x-model");
        using var client = new SkytellsClient(options);
        options.Gateway = SkytellsGateway.Standard;
        options.AdditionalEdgeModels.Add("y-model");
        options.Retry.MaxRetries = 9;

        Assert.Equal(SkytellsGateway.Edge, client.Gateway);
        Assert.Contains("x-model", client.Options.AdditionalEdgeModels);
        Assert.DoesNotContain("y-model", client.Options.AdditionalEdgeModels);
        Assert.Equal(3, client.Options.Retry.MaxRetries);
    }

    [Fact]
    public void Invalid_endpoints_and_timeouts_are_rejected()
    {
        Assert.Throws<SkytellsConfigurationException>(() => new SkytellsClient(new SkytellsClientOptions { ApiKey = "k", StandardEndpoint = new Uri("/v1", UriKind.Relative) }));
        Assert.Throws<SkytellsConfigurationException>(() => new SkytellsClient(new SkytellsClientOptions { ApiKey = "k", EdgeEndpoint = new Uri("ftp://edge.example/v1") }));
        Assert.Throws<SkytellsConfigurationException>(() => new SkytellsClient(new SkytellsClientOptions { ApiKey = "k", RequestTimeout = TimeSpan.Zero }));
    }
}
