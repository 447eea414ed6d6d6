using System.Net;
using System.Net.Sockets;
using Skytells.Emulator.Faults;
using Skytells.Emulator.Tests.Infrastructure;

namespace Skytells.Emulator.Tests;

public sealed class ConnectionFaultTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(700)]
    public async Task Reset_after_body_bytes_sends_the_headers_and_exactly_that_many_bytes_then_a_reset(int bytes)
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { ResetAfterBodyBytes = bytes });

        var exchange = await RawHttp.SendAsync(host.Url(EmulatorGateway.Standard, "/predictions"), "GET");

        Assert.StartsWith("HTTP/1.1 200 OK\r\n", exchange.Head, StringComparison.Ordinal);
        Assert.Contains($"Content-Length: {FaultBodies.ResetSource.Length}\r\n", exchange.Head + "\r\n", StringComparison.OrdinalIgnoreCase);
        Assert.Equal(bytes, exchange.BodyLength);
        Assert.Equal(FaultBodies.ResetSource[..bytes], exchange.Received[^bytes..]);
        Assert.Equal(SocketError.ConnectionReset, exchange.Error);
    }

    [Fact]
    public async Task Reset_after_body_bytes_cuts_a_repeated_body()
    {
        await using var host = await EmulatorHost.StartAsync();
        var tenBytes = "0123456789"u8.ToArray();
        host.Emulator.InjectFault(new EmulatorFault { Body = tenBytes, BodyRepeat = 100, BodyContentType = "text/plain", ResetAfterBodyBytes = 255 });

        var exchange = await RawHttp.SendAsync(host.Url(EmulatorGateway.Standard, "/predictions"), "GET");

        Assert.Contains("Content-Length: 1000\r\n", exchange.Head + "\r\n", StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Content-Type: text/plain\r\n", exchange.Head + "\r\n", StringComparison.OrdinalIgnoreCase);
        Assert.Equal(255, exchange.BodyLength);
        Assert.EndsWith("0123456789" + "01234", exchange.Text, StringComparison.Ordinal);
        Assert.Equal(SocketError.ConnectionReset, exchange.Error);
    }

    [Fact]
    public async Task Reset_after_body_bytes_fails_an_http_client_mid_body_after_the_200_headers()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { ResetAfterBodyBytes = 100 });

        using var response = await BodyFaultTests.SendAsync(host, HttpMethod.Get, EmulatorGateway.Standard, "/predictions");
        await using var body = await response.Content.ReadAsStreamAsync();
        var received = 0;
        var buffer = new byte[1024];
        var error = await Assert.ThrowsAnyAsync<IOException>(async () =>
        {
            for (var read = await body.ReadAsync(buffer); read > 0; read = await body.ReadAsync(buffer))
            {
                received += read;
            }
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(FaultBodies.ResetSource.Length, response.Content.Headers.ContentLength);
        Assert.Equal(100, received);
        Assert.Equal(SocketError.ConnectionReset, Assert.IsType<SocketException>(error.InnerException).SocketErrorCode);
        Assert.Equal(200, Assert.Single(host.Emulator.Requests).StatusCode);
    }

    [Fact]
    public async Task Reset_after_body_bytes_after_processing_cuts_the_real_create_answer_and_creates_once()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { Method = "POST", ResetAfterBodyBytes = 20, AfterProcessing = true });

        var exchange = await RawHttp.SendAsync(host.Url(EmulatorGateway.Standard, "/predictions"), "POST", body: """{"model":"truefusion-pro","input":{}}""");

        Assert.StartsWith("HTTP/1.1 200 OK\r\n", exchange.Head, StringComparison.Ordinal);
        Assert.Equal(20, exchange.BodyLength);
        Assert.StartsWith("{\"id\":\"", exchange.Text[(exchange.Head!.Length + 4)..], StringComparison.Ordinal);
        Assert.DoesNotContain("emulator-reset", exchange.Text, StringComparison.Ordinal);
        Assert.Equal(SocketError.ConnectionReset, exchange.Error);
        Assert.Equal(1, await CountAsync(host));
        Assert.Equal([200, 200], host.Emulator.Requests.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task Close_without_response_sends_nothing_and_closes_gracefully()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { CloseWithoutResponse = true });

        var exchange = await RawHttp.SendAsync(host.Url(EmulatorGateway.Standard, "/predictions"), "GET");

        Assert.Empty(exchange.Received);
        Assert.Null(exchange.Error);
        Assert.True(exchange.PeerGoneQuietly);
    }

    [Fact]
    public async Task Reset_connection_still_resets_where_close_without_response_closes()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { ResetConnection = true });

        var exchange = await RawHttp.SendAsync(host.Url(EmulatorGateway.Standard, "/predictions"), "GET");

        Assert.Empty(exchange.Received);
        Assert.Equal(SocketError.ConnectionReset, exchange.Error);
    }

    [Fact]
    public async Task Close_without_response_fails_an_http_client_with_no_response_and_records_status_0()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { Method = "POST", CloseWithoutResponse = true });

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => host.CreateAsync(SkytellsModels.TrueFusionPro));

        Assert.Null(error.StatusCode);
        Assert.Equal(HttpRequestError.ResponseEnded, error.HttpRequestError);
        var record = Assert.Single(host.Emulator.Requests);
        Assert.Equal(("POST", 0), (record.Method, record.StatusCode));
        Assert.Equal(0, await CountAsync(host));
    }

    [Fact]
    public async Task Close_without_response_after_processing_creates_the_prediction_yet_answers_nothing()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { Method = "POST", CloseWithoutResponse = true, AfterProcessing = true });

        await Assert.ThrowsAsync<HttpRequestException>(() => host.CreateAsync(SkytellsModels.TrueFusionPro));

        Assert.Equal(1, await CountAsync(host));
        Assert.Equal(0, host.Emulator.Requests[0].StatusCode);
    }

    [Fact]
    public async Task Close_rule_matches_by_key_and_applies_the_given_number_of_times()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { ApiKey = EmulatorApiKeys.Enterprise, Method = "POST", PathContains = "/predictions", CloseWithoutResponse = true, Times = 2 });

        (await host.CreateAsync(SkytellsModels.TrueFusionPro)).AssertOk();
        await Assert.ThrowsAsync<HttpRequestException>(() => host.CreateAsync(SkytellsModels.TrueFusionPro, apiKey: EmulatorApiKeys.Enterprise));
        await Assert.ThrowsAsync<HttpRequestException>(() => host.CreateAsync(SkytellsModels.TrueFusionPro, apiKey: EmulatorApiKeys.Enterprise));
        (await host.CreateAsync(SkytellsModels.TrueFusionPro, apiKey: EmulatorApiKeys.Enterprise)).AssertOk();

        var enterprise = host.Emulator.Requests.Where(r => r.Headers.TryGetValue("x-api-key", out var key) && key == EmulatorApiKeys.Enterprise);
        Assert.Equal([0, 0, 200], enterprise.Select(r => r.StatusCode));
        Assert.Equal(200, host.Emulator.Requests[0].StatusCode);
    }

    [Theory]
    [InlineData("reset-after-bytes=5", 5)]
    [InlineData("RESET_AFTER_BYTES=0; delay=10ms", 0)]
    public async Task Header_reset_after_bytes_cuts_the_built_in_answer(string header, int bytes)
    {
        await using var host = await EmulatorHost.StartAsync();

        var exchange = await RawHttp.SendAsync(host.Url(EmulatorGateway.Edge, "/predictions"), "GET", fault: header);

        Assert.StartsWith("HTTP/1.1 200 OK\r\n", exchange.Head, StringComparison.Ordinal);
        Assert.Equal(bytes, exchange.BodyLength);
        Assert.Equal(SocketError.ConnectionReset, exchange.Error);
    }

    [Fact]
    public async Task Header_close_closes_without_a_response()
    {
        await using var host = await EmulatorHost.StartAsync();

        var exchange = await RawHttp.SendAsync(host.Url(EmulatorGateway.Standard, "/models"), "GET", fault: "close");

        Assert.Empty(exchange.Received);
        Assert.Null(exchange.Error);
        Assert.Equal(0, Assert.Single(host.Emulator.Requests).StatusCode);
    }

    private static async Task<int> CountAsync(EmulatorHost host) =>
        (await host.GetAsync(EmulatorGateway.Standard, "/predictions")).AssertOk().Json.GetProperty("pagination").GetProperty("total").GetInt32();
}
