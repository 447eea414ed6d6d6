using System.Net;
using System.Text.Json;
using Skytells.Emulator.Tests.Infrastructure;

namespace Skytells.Emulator.Tests;

public sealed class FaultTests
{
    [Fact]
    public async Task Status_fault_answers_the_envelope_with_retry_after_in_whole_seconds()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { StatusCode = 429, RetryAfter = TimeSpan.FromSeconds(1.2) });

        var limited = await host.GetAsync(EmulatorGateway.Standard, "/predictions");
        var next = await host.GetAsync(EmulatorGateway.Standard, "/predictions");

        limited.AssertError(HttpStatusCode.TooManyRequests, "RATE_LIMIT_EXCEEDED");
        Assert.Equal("2", limited.Headers["Retry-After"]);
        Assert.StartsWith("req_", limited.Headers["x-request-id"]);
        next.AssertOk();
        Assert.False(next.Headers.ContainsKey("Retry-After"));
    }

    [Fact]
    public async Task Status_fault_uses_the_given_error_id_and_message()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { StatusCode = 500, ErrorId = "INFERENCE_ERROR", Message = "boom" });

        var error = (await host.GetAsync(EmulatorGateway.Standard, "/models")).AssertError(HttpStatusCode.InternalServerError, "INFERENCE_ERROR");

        Assert.Equal("boom", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Status_fault_comes_before_authentication_and_does_not_create()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { StatusCode = 503 });

        (await host.CreateAsync(SkytellsModels.TrueFusionPro, apiKey: "sk-unknown")).AssertError(HttpStatusCode.ServiceUnavailable, "SERVICE_UNAVAILABLE");

        Assert.Equal(0, await CountAsync(host));
    }

    [Fact]
    public async Task Delay_fault_holds_the_answer_past_the_clients_timeout()
    {
        await using var host = await EmulatorHost.StartAsync(http: new HttpClient { Timeout = TimeSpan.FromMilliseconds(200) });
        host.Emulator.InjectFault(new EmulatorFault { Delay = TimeSpan.FromMinutes(5) });

        await Assert.ThrowsAsync<TaskCanceledException>(() => host.GetAsync(EmulatorGateway.Standard, "/predictions"));

        // The delay was used up by that request; the next is answered at once.
        (await host.GetAsync(EmulatorGateway.Standard, "/predictions")).AssertOk();
    }

    [Fact]
    public async Task Delay_fault_alone_then_answers_normally()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { Delay = TimeSpan.FromMilliseconds(30) });

        var response = await host.CreateAsync(SkytellsModels.TrueFusionPro);

        response.AssertOk();
        Assert.Equal(1, await CountAsync(host));
    }

    [Fact]
    public async Task Delayed_request_is_answered_after_a_later_undelayed_one()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { PathContains = "/models", Delay = TimeSpan.FromSeconds(2) });
        var order = new List<string>();

        var slow = host.GetAsync(EmulatorGateway.Standard, "/models").ContinueWith(_ => { lock (order) { order.Add("slow"); } }, TaskScheduler.Default);
        (await host.GetAsync(EmulatorGateway.Standard, "/predictions")).AssertOk();
        lock (order)
        {
            order.Add("fast");
        }

        await slow;
        Assert.Equal(["fast", "slow"], order);
    }

    [Fact]
    public async Task Reset_fault_aborts_the_connection()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { ResetConnection = true });

        await Assert.ThrowsAsync<HttpRequestException>(() => host.CreateAsync(SkytellsModels.TrueFusionPro));

        Assert.Equal(0, await CountAsync(host));
        Assert.Equal(0, host.Emulator.Requests[0].StatusCode);
    }

    [Fact]
    public async Task Malformed_body_fault_answers_200_json_that_does_not_parse()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { MalformedBody = true });

        var response = await host.GetAsync(EmulatorGateway.Standard, "/predictions");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.ContentType);
        Assert.ThrowsAny<JsonException>(() => response.Json);
    }

    [Fact]
    public async Task Truncated_body_fault_fails_while_the_body_is_read()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { TruncatedBody = true });
        using var request = EmulatorHost.Build(HttpMethod.Get, host.Url(EmulatorGateway.Standard, "/predictions"), EmulatorApiKeys.Business);

        using var response = await host.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Content.Headers.ContentLength > 0);
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => response.Content.ReadAsStringAsync());
        Assert.IsType<HttpIOException>(error.InnerException);
        Assert.Equal(200, host.Emulator.Requests[0].StatusCode);
    }

    [Fact]
    public async Task After_processing_status_fault_still_creates_the_prediction()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { Method = "POST", StatusCode = 500, AfterProcessing = true });

        (await host.CreateAsync(SkytellsModels.TrueFusionPro)).AssertError(HttpStatusCode.InternalServerError, "INTERNAL_ERROR");

        Assert.Equal(1, await CountAsync(host));
    }

    [Fact]
    public async Task After_processing_reset_still_creates_the_prediction()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { Method = "POST", ResetConnection = true, AfterProcessing = true });

        await Assert.ThrowsAsync<HttpRequestException>(() => host.CreateAsync(SkytellsModels.TrueFusionPro));

        Assert.Equal(1, await CountAsync(host));
    }

    [Fact]
    public async Task After_processing_truncation_cuts_the_real_answer()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { Method = "POST", TruncatedBody = true, AfterProcessing = true });
        using var request = EmulatorHost.Build(
            HttpMethod.Post, host.Url(EmulatorGateway.Standard, "/predictions"), EmulatorApiKeys.Business, """{"model":"truefusion-pro","input":{}}""");

        using var response = await host.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Assert.ThrowsAsync<HttpRequestException>(() => response.Content.ReadAsStringAsync());
        Assert.Equal(1, await CountAsync(host));
    }

    [Fact]
    public async Task Fault_applies_to_the_given_number_of_matching_requests_only()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault
        {
            Gateway = EmulatorGateway.Edge,
            Method = "get",
            PathContains = "/PREDICTIONS",
            ApiKey = EmulatorApiKeys.Enterprise,
            Times = 2,
            StatusCode = 502,
        });

        // Each of these misses one filter.
        (await host.GetAsync(EmulatorGateway.Standard, "/predictions", EmulatorApiKeys.Enterprise)).AssertOk();
        (await host.SendAsync(HttpMethod.Post, EmulatorGateway.Edge, "/predictions", EmulatorApiKeys.Enterprise, "{}")).AssertError((HttpStatusCode)422, "VALIDATION_ERROR");
        (await host.GetAsync(EmulatorGateway.Edge, "/models", EmulatorApiKeys.Enterprise)).AssertOk();
        (await host.GetAsync(EmulatorGateway.Edge, "/predictions", EmulatorApiKeys.Business)).AssertOk();

        (await host.GetAsync(EmulatorGateway.Edge, "/predictions", EmulatorApiKeys.Enterprise)).AssertError(HttpStatusCode.BadGateway, "BAD_GATEWAY");
        (await host.GetAsync(EmulatorGateway.Edge, "/predictions", EmulatorApiKeys.Enterprise)).AssertError(HttpStatusCode.BadGateway, "BAD_GATEWAY");
        (await host.GetAsync(EmulatorGateway.Edge, "/predictions", EmulatorApiKeys.Enterprise)).AssertOk();
    }

    [Fact]
    public async Task Rules_apply_in_injection_order_and_clear_faults_disarms_them()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.InjectFault(new EmulatorFault { StatusCode = 500 });
        host.Emulator.InjectFault(new EmulatorFault { StatusCode = 503 });

        (await host.GetAsync(EmulatorGateway.Standard, "/predictions")).AssertError(HttpStatusCode.InternalServerError, "INTERNAL_ERROR");
        host.Emulator.ClearFaults();

        (await host.GetAsync(EmulatorGateway.Standard, "/predictions")).AssertOk();
    }

    [Fact]
    public async Task Changing_a_fault_after_injecting_it_changes_nothing()
    {
        await using var host = await EmulatorHost.StartAsync();
        var fault = new EmulatorFault { StatusCode = 500 };
        host.Emulator.InjectFault(fault);
        fault.StatusCode = 404;

        (await host.GetAsync(EmulatorGateway.Standard, "/predictions")).AssertError(HttpStatusCode.InternalServerError, "INTERNAL_ERROR");
    }

    [Theory]
    [InlineData("status=503; retry-after=2", 503, "2")]
    [InlineData("status=429;retry-after=1500ms", 429, "2")]
    [InlineData("STATUS=500", 500, null)]
    public async Task Header_fault_answers_that_request_only(string header, int status, string? retryAfter)
    {
        await using var host = await EmulatorHost.StartAsync();

        var faulted = await host.SendAsync(HttpMethod.Get, EmulatorGateway.Standard, "/predictions", headers: new Dictionary<string, string> { ["x-emulator-fault"] = header });
        var next = await host.GetAsync(EmulatorGateway.Standard, "/predictions");

        Assert.Equal(status, (int)faulted.Status);
        Assert.Equal(retryAfter, faulted.Headers.GetValueOrDefault("Retry-After"));
        next.AssertOk();
    }

    [Fact]
    public async Task Header_fault_can_fail_a_prediction_and_delay()
    {
        await using var host = await EmulatorHost.StartAsync(o => o.TimeScale = 0);

        var response = await host.SendAsync(
            HttpMethod.Post,
            EmulatorGateway.Standard,
            "/predictions",
            body: """{"model":"truefusion","input":{}}""",
            headers: new Dictionary<string, string> { ["x-emulator-fault"] = "delay=10ms; fail=Out of GPUs" });

        Assert.Equal("failed", response.AssertOk().Str("status"));
        Assert.Equal("Out of GPUs", response.Str("error"));
    }

    [Fact]
    public async Task Header_fault_after_processing_creates_then_fails()
    {
        await using var host = await EmulatorHost.StartAsync();

        var response = await host.SendAsync(
            HttpMethod.Post,
            EmulatorGateway.Standard,
            "/predictions",
            body: """{"model":"truefusion-pro","input":{}}""",
            headers: new Dictionary<string, string> { ["x-emulator-fault"] = "status=502; after-processing" });

        response.AssertError(HttpStatusCode.BadGateway, "BAD_GATEWAY");
        Assert.Equal(1, await CountAsync(host));
    }

    [Theory]
    [InlineData("reset")]
    [InlineData("truncated")]
    public async Task Header_fault_can_break_the_connection(string item)
    {
        await using var host = await EmulatorHost.StartAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => host.SendAsync(
            HttpMethod.Get, EmulatorGateway.Standard, "/predictions", headers: new Dictionary<string, string> { ["x-emulator-fault"] = item }));
    }

    [Fact]
    public async Task Header_fault_malformed_breaks_the_json()
    {
        await using var host = await EmulatorHost.StartAsync();

        var response = await host.SendAsync(
            HttpMethod.Get, EmulatorGateway.Standard, "/predictions", headers: new Dictionary<string, string> { ["x-emulator-fault"] = "malformed" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.ThrowsAny<JsonException>(() => response.Json);
    }

    [Theory]
    [InlineData("explode")]
    [InlineData("status=abc")]
    [InlineData("status=200")]
    [InlineData("reset; malformed")]
    [InlineData("after-processing")]
    [InlineData("delay=soon")]
    [InlineData("reset=yes")]
    public async Task Invalid_header_fault_is_400_INVALID_REQUEST(string header)
    {
        await using var host = await EmulatorHost.StartAsync();

        var response = await host.SendAsync(
            HttpMethod.Get, EmulatorGateway.Standard, "/predictions", headers: new Dictionary<string, string> { ["x-emulator-fault"] = header });

        var error = response.AssertError(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.Contains("x-emulator-fault", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contradictory_or_empty_rules_are_refused_when_injected()
    {
        await using var host = await EmulatorHost.StartAsync();

        Assert.Throws<ArgumentException>(() => host.Emulator.InjectFault(new EmulatorFault()));
        Assert.Throws<ArgumentException>(() => host.Emulator.InjectFault(new EmulatorFault { StatusCode = 500, ResetConnection = true }));
        Assert.Throws<ArgumentException>(() => host.Emulator.InjectFault(new EmulatorFault { AfterProcessing = true, Delay = TimeSpan.FromSeconds(1) }));
        Assert.Throws<ArgumentException>(() => host.Emulator.InjectFault(new EmulatorFault { RetryAfter = TimeSpan.FromSeconds(1) }));
        Assert.Throws<ArgumentOutOfRangeException>(() => host.Emulator.InjectFault(new EmulatorFault { StatusCode = 302 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => host.Emulator.InjectFault(new EmulatorFault { StatusCode = 500, Times = 0 }));
        Assert.Throws<ArgumentNullException>(() => host.Emulator.InjectFault(null!));
    }

    [Fact]
    public void Fault_ToString_hides_the_api_key_filter()
    {
        var text = new EmulatorFault { ApiKey = "sk-very-secret", StatusCode = 500 }.ToString();

        Assert.DoesNotContain("sk-very-secret", text, StringComparison.Ordinal);
        Assert.Contains("500", text, StringComparison.Ordinal);
    }

    private static async Task<int> CountAsync(EmulatorHost host) =>
        (await host.GetAsync(EmulatorGateway.Standard, "/predictions")).AssertOk().Json.GetProperty("pagination").GetProperty("total").GetInt32();
}
