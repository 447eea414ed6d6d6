namespace Skytells.Tests.Client;

public sealed class ClientViewTests
{
    [Fact]
    public void Views_are_bound_to_their_gateway_and_cached()
    {
        using var client = new SkytellsClient("sk-test");
        Assert.Equal(SkytellsGateway.Standard, client.Gateway);
        Assert.Same(client, client.Standard);
        Assert.Equal(SkytellsGateway.Edge, client.Edge.Gateway);
        Assert.Equal(SkytellsGateway.Edge, client.Edge.Predictions.Gateway);
        Assert.Same(client.Edge, client.Edge);
        Assert.Same(client.Edge, client.Edge.Edge);
        Assert.Same(client, client.Edge.Standard);
    }

    [Fact]
    public void An_edge_client_offers_a_standard_view()
    {
        using var client = new SkytellsClient("sk-test", SkytellsGateway.Edge);
        Assert.Same(client, client.Edge);
        Assert.Equal(SkytellsGateway.Standard, client.Standard.Predictions.Gateway);
        Assert.Same(client, client.Standard.Edge);
    }

    [Fact]
    public async Task A_caller_supplied_http_client_is_not_disposed()
    {
        using var http = new HttpClient();
        var client = new SkytellsClient(new SkytellsClientOptions { ApiKey = "sk-test" }, http);
        client.Edge.Dispose();
        client.Dispose();

        // A disposed HttpClient throws ObjectDisposedException; a live one fails only on the unreachable address.
        var error = await Record.ExceptionAsync(() => http.GetAsync(new Uri("http://127.0.0.1:9/"), TestContext.Token));
        Assert.IsNotType<ObjectDisposedException>(error);
    }
}
