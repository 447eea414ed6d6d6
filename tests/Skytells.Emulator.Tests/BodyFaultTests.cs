using System.Net;
using System.Text;
using Skytells.Emulator.Tests.Infrastructure;

namespace Skytells.Emulator.Tests;

public sealed class BodyFaultTests
{
    // Not UTF-8 and not JSON: a byte-exact answer must survive bytes no text layer would.
    private static readonly byte[] Binary = [0x00, 0xFF, 0x7B, 0x0A, 0xC3, 0x28, 0x22];

    [Fact]
    public async Task Body_fault_answers_exactly_those_bytes_as_json_200_with_a_content_length()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { Body = Binary });

        using var response = await SendAsync(host, HttpMethod.Get, EmulatorGateway.Standard, "/predictions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Binary.Length, response.Content.Headers.ContentLength);
        Assert.NotEqual(true, response.Headers.TransferEncodingChunked);
        Assert.Equal(Binary, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(200, Assert.Single(host.Emulator.Requests).StatusCode);
    }

    [Fact]
    public async Task Body_fault_uses_the_given_status_and_content_type_and_is_recorded_with_that_status()
    {
        await using var host = await EmulatorHost.StartAsync();
        var html = "<html><body>502 Bad Gateway</body></html>"u8.ToArray();
        host.Emulator.InjectFault(new EmulatorFault { Body = html, BodyStatusCode = 502, BodyContentType = "text/html; charset=utf-8" });

        using var response = await SendAsync(host, HttpMethod.Get, EmulatorGateway.Edge, "/models");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(html, await response.Content.ReadAsByteArrayAsync());
        var record = Assert.Single(host.Emulator.Requests);
        Assert.Equal(502, record.StatusCode);
        Assert.Equal(EmulatorGateway.Edge, record.Gateway);
    }

    [Fact]
    public async Task Empty_content_type_sends_no_content_type_and_an_empty_body_is_allowed()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { Body = [], BodyContentType = string.Empty });

        using var response = await SendAsync(host, HttpMethod.Get, EmulatorGateway.Standard, "/predictions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Content.Headers.ContentType);
        Assert.Equal(0, response.Content.Headers.ContentLength);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Chunked_body_fault_sends_no_content_length_and_the_repeated_bytes()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { Body = Binary, BodyRepeat = 3, BodyChunked = true });

        using var response = await SendAsync(host, HttpMethod.Get, EmulatorGateway.Standard, "/predictions");

        // Read before the body: once buffered, HttpClient reports the buffer's length as the content length.
        var length = response.Content.Headers.ContentLength;
        var received = await response.Content.ReadAsByteArrayAsync();

        Assert.True(response.Headers.TransferEncodingChunked);
        Assert.Null(length);
        Assert.Equal<byte[]>([.. Binary, .. Binary, .. Binary], received);
    }

    [Fact]
    public async Task Chunked_body_on_the_wire_has_chunk_framing_and_no_content_length()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { Body = "abc"u8.ToArray(), BodyRepeat = 2, BodyChunked = true, BodyContentType = "text/plain" });

        var exchange = await RawHttp.SendAsync(host.Url(EmulatorGateway.Standard, "/predictions"), "GET", close: true);

        Assert.StartsWith("HTTP/1.1 200 OK\r\n", exchange.Head, StringComparison.Ordinal);
        Assert.Contains("Transfer-Encoding: chunked", exchange.Head, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Content-Length", exchange.Head, StringComparison.OrdinalIgnoreCase);
        var body = exchange.Text[(exchange.Head!.Length + 4)..];
        Assert.EndsWith("0\r\n\r\n", body, StringComparison.Ordinal);
        Assert.Equal("abcabc", Dechunk(body));
    }

    [Fact]
    public async Task Repeated_body_of_50_MB_streams_every_byte_with_the_full_content_length()
    {
        const int Repeat = 50_000;
        var kilobyte = new byte[1024];
        for (var i = 0; i < kilobyte.Length; i++)
        {
            kilobyte[i] = (byte)(i * 7);
        }

        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { Body = kilobyte, BodyRepeat = Repeat, BodyContentType = "application/octet-stream" });

        using var response = await SendAsync(host, HttpMethod.Get, EmulatorGateway.Standard, "/predictions");
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[64 * 1024];
        long total = 0;
        var mismatches = 0;
        for (var read = await body.ReadAsync(buffer); read > 0; read = await body.ReadAsync(buffer))
        {
            for (var i = 0; i < read; i++)
            {
                mismatches += buffer[i] == kilobyte[(total + i) % kilobyte.Length] ? 0 : 1;
            }

            total += read;
        }

        Assert.Equal(1024L * Repeat, response.Content.Headers.ContentLength);
        Assert.Equal(1024L * Repeat, total);
        Assert.Equal(0, mismatches);
    }

    [Fact]
    public async Task Client_that_hangs_up_mid_body_leaves_the_emulator_serving()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { Body = new byte[1024], BodyRepeat = 100_000 });

        using (var response = await SendAsync(host, HttpMethod.Get, EmulatorGateway.Standard, "/predictions"))
        {
            await using var body = await response.Content.ReadAsStreamAsync();
            await body.ReadExactlyAsync(new byte[8192]);
        }

        (await host.GetAsync(EmulatorGateway.Standard, "/predictions")).AssertOk();
        Assert.Equal([200, 200], host.Emulator.Requests.Select(r => r.StatusCode));
    }

    [Theory]
    [InlineData("text/html", "<html>Service Unavailable</html>")]
    [InlineData("application/json", """{"unexpected":"object"}""")]
    public async Task Body_fault_answers_a_streaming_chat_request_instead_of_the_stream(string contentType, string text)
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { PathContains = "/chat/completions", Body = Encoding.UTF8.GetBytes(text), BodyContentType = contentType });

        using var response = await SendAsync(host, HttpMethod.Post, EmulatorGateway.Edge, "/chat/completions", ChatBodies.User("a b", stream: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(text, await response.Content.ReadAsStringAsync());
        Assert.Equal(0, host.Emulator.GetOpenStreams(EmulatorApiKeys.Business));
    }

    [Fact]
    public async Task Hand_made_event_stream_bytes_reach_the_client_as_is_even_after_processing()
    {
        await using var host = await EmulatorHost.StartAsync();
        const string Events = "data: {\"choices\":[{\"delta\":{\"content\":\"hi\"}}]}\n\ndata: not json\n\n";
        host.Emulator.InjectFault(new EmulatorFault
        {
            Body = Encoding.UTF8.GetBytes(Events), BodyContentType = "text/event-stream", BodyChunked = true, AfterProcessing = true,
        });

        var stream = await ChatStream.ReadAsync(host, EmulatorGateway.Edge, ChatBodies.User("a b", stream: true));

        Assert.Equal("text/event-stream", stream.ContentType);
        Assert.Equal(Events, stream.Raw);
        Assert.Equal(["{\"choices\":[{\"delta\":{\"content\":\"hi\"}}]}", "not json"], stream.Data);
        Assert.Null(stream.Failure);
        Assert.Equal(0, host.Emulator.GetOpenStreams(EmulatorApiKeys.Business));
    }

    [Fact]
    public async Task Changing_the_body_array_after_injecting_changes_nothing()
    {
        await using var host = await EmulatorHost.StartAsync();
        var body = "original"u8.ToArray();
        var fault = new EmulatorFault { Body = body, ResponseHeaders = { ["X-Fault"] = "first" } };
        host.Emulator.InjectFault(fault);
        body[0] = (byte)'X';
        fault.ResponseHeaders["X-Fault"] = "second";

        using var response = await SendAsync(host, HttpMethod.Get, EmulatorGateway.Standard, "/predictions");

        Assert.Equal("original", await response.Content.ReadAsStringAsync());
        Assert.Equal("first", Assert.Single(response.Headers.GetValues("X-Fault")));
    }

    // Joins the chunks' data; chunk boundaries are Kestrel's choice, so only the joined bytes are compared.
    private static string Dechunk(string body)
    {
        var data = new StringBuilder();
        for (var at = 0; ;)
        {
            var lineEnd = body.IndexOf("\r\n", at, StringComparison.Ordinal);
            var size = Convert.ToInt32(body[at..lineEnd], 16);
            if (size == 0)
            {
                return data.ToString();
            }

            data.Append(body, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    internal static async Task<HttpResponseMessage> SendAsync(EmulatorHost host, HttpMethod method, EmulatorGateway gateway, string path, string? body = null)
    {
        using var request = EmulatorHost.Build(method, host.Url(gateway, path), EmulatorApiKeys.Business, body);
        return await host.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }
}
