using System.Net;
using Skytells.Emulator.Tests.Infrastructure;

namespace Skytells.Emulator.Tests;

public sealed class ResponseHeaderFaultTests
{
    [Theory]
    [InlineData("Wed, 21 Oct 2026 07:28:00 GMT")]
    [InlineData("999999999")]
    [InlineData("soon")]
    public async Task Response_header_wins_over_the_retry_after_the_emulator_sets(string retryAfter)
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault
        {
            StatusCode = 429,
            RetryAfter = TimeSpan.FromSeconds(2),
            ResponseHeaders = { ["retry-after"] = retryAfter },
        });

        var response = await host.GetAsync(EmulatorGateway.Standard, "/predictions");

        response.AssertError(HttpStatusCode.TooManyRequests, "RATE_LIMIT_EXCEEDED");
        Assert.Equal(retryAfter, response.Headers["Retry-After"]);
    }

    [Fact]
    public async Task Response_headers_go_on_body_redirect_and_cut_answers_and_override_content_type_and_location()
    {
        await using var host = await EmulatorHost.StartAsync(http: new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }));
        host.Emulator.InjectFault(new EmulatorFault { Body = "{}"u8.ToArray(), ResponseHeaders = { ["Content-Type"] = "text/plain", ["X-Extra"] = "1" } });
        host.Emulator.InjectFault(new EmulatorFault { RedirectLocation = "/a", ResponseHeaders = { ["Location"] = "/b", ["Retry-After"] = "3" } });
        host.Emulator.InjectFault(new EmulatorFault { ResetAfterBodyBytes = 3, ResponseHeaders = { ["X-Cut"] = "yes" } });

        using var body = await BodyFaultTests.SendAsync(host, HttpMethod.Get, EmulatorGateway.Standard, "/predictions");
        using var redirect = await BodyFaultTests.SendAsync(host, HttpMethod.Get, EmulatorGateway.Standard, "/predictions");
        var cut = await RawHttp.SendAsync(host.Url(EmulatorGateway.Standard, "/predictions"), "GET");

        Assert.Equal("text/plain", body.Content.Headers.ContentType?.ToString());
        Assert.Equal("1", Assert.Single(body.Headers.GetValues("X-Extra")));
        Assert.Equal("{}", await body.Content.ReadAsStringAsync());
        Assert.Equal("/b", redirect.Headers.Location?.OriginalString);
        Assert.Equal("3", Assert.Single(redirect.Headers.GetValues("Retry-After")));
        Assert.Contains("\r\nX-Cut: yes\r\n", cut.Head + "\r\n", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Response_headers_are_kept_to_the_faulted_answer()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { StatusCode = 503, ResponseHeaders = { ["X-Fault"] = "1" } });

        var faulted = await host.GetAsync(EmulatorGateway.Standard, "/predictions");
        var next = await host.GetAsync(EmulatorGateway.Standard, "/predictions");

        Assert.Equal("1", faulted.Headers["X-Fault"]);
        next.AssertOk();
        Assert.False(next.Headers.ContainsKey("X-Fault"));
    }
}
