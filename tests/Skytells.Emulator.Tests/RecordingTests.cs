using System.Net;
using Skytells.Emulator.Tests.Infrastructure;

namespace Skytells.Emulator.Tests;

public sealed class RecordingTests
{
    [Fact]
    public async Task Every_request_is_recorded_in_order_with_headers_body_and_status()
    {
        await using var host = await EmulatorHost.StartAsync();
        const string Body = """{"model":"truefusion-pro","input":{"prompt":"fox"}}""";

        await host.PostAsync(EmulatorGateway.Standard, "/predictions", Body);
        await host.GetAsync(EmulatorGateway.Edge, "/predictions?page=1&per_page=5", EmulatorApiKeys.Free);
        await host.GetAsync(EmulatorGateway.Standard, "/nowhere", apiKey: null);

        var requests = host.Emulator.Requests;
        Assert.Equal(3, requests.Count);

        var create = requests[0];
        Assert.Equal(EmulatorGateway.Standard, create.Gateway);
        Assert.Equal("POST", create.Method);
        Assert.Equal("/v1/predictions", create.Path);
        Assert.Equal(string.Empty, create.Query);
        Assert.Equal(Body, create.Body);
        Assert.Equal(200, create.StatusCode);
        Assert.Equal(EmulatorApiKeys.Business, create.Headers["X-API-KEY"]);
        Assert.StartsWith("application/json", create.Headers["content-type"], StringComparison.Ordinal);

        var rejected = requests[1];
        Assert.Equal(EmulatorGateway.Edge, rejected.Gateway);
        Assert.Equal("page=1&per_page=5", rejected.Query);
        Assert.Equal(403, rejected.StatusCode);
        Assert.Equal(string.Empty, rejected.Body);

        Assert.Equal(404, requests[2].StatusCode);
        Assert.False(requests[2].Headers.ContainsKey("x-api-key"));
        Assert.True(requests[0].ReceivedAt <= requests[2].ReceivedAt);
    }

    [Fact]
    public async Task Faulted_requests_are_recorded_with_the_status_answered()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { StatusCode = 503 });
        host.Emulator.InjectFault(new EmulatorFault { ResetConnection = true });

        await host.GetAsync(EmulatorGateway.Standard, "/predictions");
        await Assert.ThrowsAsync<HttpRequestException>(() => host.GetAsync(EmulatorGateway.Standard, "/predictions"));

        Assert.Equal([503, 0], host.Emulator.Requests.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task ClearRequests_empties_the_log()
    {
        await using var host = await EmulatorHost.StartAsync();
        await host.GetAsync(EmulatorGateway.Standard, "/predictions");

        host.Emulator.ClearRequests();
        await host.GetAsync(EmulatorGateway.Edge, "/models");

        var only = Assert.Single(host.Emulator.Requests);
        Assert.Equal("/v1/models", only.Path);
    }

    [Fact]
    public async Task ToString_masks_the_api_key_and_bearer_token()
    {
        await using var host = await EmulatorHost.StartAsync();
        using var request = EmulatorHost.Build(HttpMethod.Get, host.Url(EmulatorGateway.Standard, "/predictions"), "sk-secret-value");
        request.Headers.Authorization = new("Bearer", "sk-secret-bearer");
        (await host.Http.SendAsync(request)).Dispose();

        var text = Assert.Single(host.Emulator.Requests).ToString();

        Assert.DoesNotContain("sk-secret-value", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-secret-bearer", text, StringComparison.Ordinal);
        Assert.Contains("/v1/predictions", text, StringComparison.Ordinal);
        Assert.Contains("401", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_is_a_snapshot()
    {
        await using var host = await EmulatorHost.StartAsync();
        await host.GetAsync(EmulatorGateway.Standard, "/models");
        var before = host.Emulator.Requests;

        await host.GetAsync(EmulatorGateway.Standard, "/models");

        Assert.Single(before);
        Assert.Equal(2, host.Emulator.Requests.Count);
        Assert.Equal(HttpStatusCode.OK, (HttpStatusCode)before[0].StatusCode);
    }
}
