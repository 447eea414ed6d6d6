using System.Net;
using Skytells.Emulator.Tests.Infrastructure;

namespace Skytells.Emulator.Tests;

public sealed class RedirectFaultTests
{
    [Theory]
    [InlineData(null, 302)]
    [InlineData(301, 301)]
    [InlineData(307, 307)]
    [InlineData(308, 308)]
    public async Task Redirect_answers_the_status_and_location_with_an_empty_body(int? status, int expected)
    {
        await using var host = await StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { RedirectLocation = "https://elsewhere.example/v1/predictions?x=1", RedirectStatusCode = status });

        using var response = await BodyFaultTests.SendAsync(host, HttpMethod.Get, EmulatorGateway.Standard, "/predictions");

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Equal(new Uri("https://elsewhere.example/v1/predictions?x=1"), response.Headers.Location);
        Assert.Equal(0, response.Content.Headers.ContentLength);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(expected, Assert.Single(host.Emulator.Requests).StatusCode);
    }

    [Fact]
    public async Task Relative_location_is_sent_as_is()
    {
        await using var host = await StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { RedirectLocation = "/v1/elsewhere" });

        var exchange = await RawHttp.SendAsync(host.Url(EmulatorGateway.Standard, "/predictions"), "GET", close: true);

        Assert.StartsWith("HTTP/1.1 302 Found\r\n", exchange.Head, StringComparison.Ordinal);
        Assert.Contains("\r\nLocation: /v1/elsewhere\r\n", exchange.Head + "\r\n", StringComparison.Ordinal);
        Assert.Equal(0, exchange.BodyLength);
    }

    [Fact]
    public async Task Redirected_create_is_recorded_but_not_processed_unless_after_processing()
    {
        await using var host = await StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { Method = "POST", RedirectLocation = "http://127.0.0.1:1/v1/predictions", RedirectStatusCode = 307 });
        host.Emulator.InjectFault(new EmulatorFault { Method = "POST", RedirectLocation = "http://127.0.0.1:1/v1/predictions", AfterProcessing = true });

        var before = await host.CreateAsync(SkytellsModels.TrueFusionPro);
        var after = await host.CreateAsync(SkytellsModels.TrueFusionPro);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, before.Status);
        Assert.Equal(HttpStatusCode.Found, after.Status);
        Assert.Equal(1, (await host.GetAsync(EmulatorGateway.Standard, "/predictions")).AssertOk().Json.GetProperty("pagination").GetProperty("total").GetInt32());
        Assert.Equal([307, 302, 200], host.Emulator.Requests.Select(r => r.StatusCode));
    }

    [Theory]
    [InlineData("redirect=http://127.0.0.1:9/v1/x?a=b", 302, "http://127.0.0.1:9/v1/x?a=b")]
    [InlineData("redirect-status=308; redirect=/v1/moved", 308, "/v1/moved")]
    public async Task Header_redirect_answers_that_request(string header, int status, string location)
    {
        await using var host = await StartAsync();

        var response = await host.SendAsync(
            HttpMethod.Get, EmulatorGateway.Standard, "/predictions", headers: new Dictionary<string, string> { ["x-emulator-fault"] = header });

        Assert.Equal(status, (int)response.Status);
        Assert.Equal(location, response.Headers["Location"]);
        Assert.Equal(string.Empty, response.Body);
    }

    private static Task<EmulatorHost> StartAsync() =>
        EmulatorHost.StartAsync(http: new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) });
}
