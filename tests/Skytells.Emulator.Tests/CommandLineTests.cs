using System.Net;
using Skytells.Emulator.Cli;
using Skytells.Emulator.Tests.Webhooks;

namespace Skytells.Emulator.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void No_arguments_use_the_fixed_default_ports()
    {
        var commandLine = CommandLineParser.Parse([]);

        Assert.False(commandLine.ShowHelp);
        Assert.Equal(5080, commandLine.Options.StandardPort);
        Assert.Equal(5081, commandLine.Options.EdgePort);
        Assert.Equal(1.0, commandLine.Options.TimeScale);
        Assert.False(commandLine.Options.EnableLogging);
        Assert.Null(commandLine.Options.DefaultEdgeRateLimit);
        Assert.Null(commandLine.Options.DefaultStandardRateLimit);
        Assert.False(commandLine.Options.WebhookEnvelope);
        Assert.Equal(3, commandLine.Options.WebhookMaxAttempts);
        Assert.Null(commandLine.Options.WebhookRetryDelay);
        Assert.Empty(commandLine.WebhookSecrets);
    }

    [Fact]
    public void All_options_are_read_in_both_spellings()
    {
        var commandLine = CommandLineParser.Parse(
            ["--standard-port", "6000", "--edge-port=6001", "--time-scale", "0.5", "--host=localhost", "--await-cap", "2.5", "--log", "--key", "sk-mine=business", "--key=sk-other=Pro"]);

        var options = commandLine.Options;
        Assert.Equal(6000, options.StandardPort);
        Assert.Equal(6001, options.EdgePort);
        Assert.Equal(0.5, options.TimeScale);
        Assert.Equal("localhost", options.Host);
        Assert.Equal(TimeSpan.FromSeconds(2.5), options.AwaitCap);
        Assert.True(options.EnableLogging);
        Assert.Equal(AccountPlan.Business, options.ApiKeys["sk-mine"]);
        Assert.Equal(AccountPlan.Pro, options.ApiKeys["sk-other"]);
        Assert.Equal(AccountPlan.Free, options.ApiKeys[EmulatorApiKeys.Free]);
        Assert.Equal(2, commandLine.UserKeyCount);
    }

    [Fact]
    public void Chat_timing_and_webhook_options_are_read()
    {
        var options = CommandLineParser.Parse(
            ["--chat-ttft", "200ms", "--chat-inter-token-delay=0", "--webhook-envelope", "--webhook-attempts", "5", "--webhook-retry-delay=1.5s", "--webhook-timeout", "2m"]).Options;

        Assert.Equal(TimeSpan.FromMilliseconds(200), options.ChatTimeToFirstToken);
        Assert.Equal(TimeSpan.Zero, options.ChatInterTokenDelay);
        Assert.True(options.WebhookEnvelope);
        Assert.Equal(5, options.WebhookMaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(1.5), options.WebhookRetryDelay);
        Assert.Equal(TimeSpan.FromMinutes(2), options.WebhookTimeout);
    }

    [Theory]
    [InlineData("2.5", 2500)]
    [InlineData("2.5s", 2500)]
    [InlineData("2.5S", 2500)]
    [InlineData("250ms", 250)]
    [InlineData("250MS", 250)]
    [InlineData("1m", 60_000)]
    [InlineData("0", 0)]
    public void Durations_are_seconds_or_carry_a_unit(string value, int milliseconds)
    {
        var options = CommandLineParser.Parse(["--await-cap", value, "--webhook-retry-delay", value]).Options;

        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), options.AwaitCap);
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), options.WebhookRetryDelay);
    }

    [Theory]
    [InlineData("tier1", 10, 2, 60, 300)]
    [InlineData("TIER2", 25, 5, 60, 300)]
    [InlineData("Tier3", 75, 10, 60, 300)]
    [InlineData("75/10", 75, 10, 60, 300)]
    [InlineData("5/0/10s", 5, 0, 10, 300)]
    [InlineData("5/1/2m/30", 5, 1, 120, 30)]
    public void Rate_limits_are_a_tier_or_requests_streams_window_and_stream_duration(
        string value, int requests, int streams, int windowSeconds, int maxStreamSeconds)
    {
        var expected = new EmulatorRateLimit
        {
            RequestsPerWindow = requests,
            ConcurrentStreams = streams,
            Window = TimeSpan.FromSeconds(windowSeconds),
            MaxStreamDuration = TimeSpan.FromSeconds(maxStreamSeconds),
        };

        var edge = CommandLineParser.Parse(["--edge-limit", value]).Options;
        var standard = CommandLineParser.Parse([$"--standard-limit={value}"]).Options;

        Assert.Equal(expected, edge.DefaultEdgeRateLimit);
        Assert.Null(edge.DefaultStandardRateLimit);
        Assert.Equal(expected, standard.DefaultStandardRateLimit);
        Assert.Null(standard.DefaultEdgeRateLimit);
    }

    [Fact]
    public void Webhook_secrets_are_kept_per_key_in_any_order_with_the_key()
    {
        var commandLine = CommandLineParser.Parse(
            ["--webhook-secret", "sk-mine=whsec_a2V5==", "--key", "sk-mine=enterprise", $"--webhook-secret={EmulatorApiKeys.Business}=first", "--webhook-secret", $"{EmulatorApiKeys.Business}=second"]);

        Assert.Equal(2, commandLine.WebhookSecrets.Count);
        Assert.Equal("whsec_a2V5==", commandLine.WebhookSecrets["sk-mine"]);
        Assert.Equal("second", commandLine.WebhookSecrets[EmulatorApiKeys.Business]);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_is_recognised(string arg) => Assert.True(CommandLineParser.Parse([arg]).ShowHelp);

    [Theory]
    [InlineData("--standard-port")]
    [InlineData("--standard-port", "http")]
    [InlineData("--edge-port", "65536")]
    [InlineData("--time-scale", "-1")]
    [InlineData("--time-scale", "fast")]
    [InlineData("--key", "sk-no-plan")]
    [InlineData("--key", "sk-x=platinum")]
    [InlineData("--log=yes")]
    [InlineData("--bogus")]
    [InlineData("--standard-port", "7000", "--edge-port", "7000")]
    [InlineData("--host", "not a host")]
    [InlineData("--await-cap", "soon")]
    [InlineData("--await-cap", "-1")]
    [InlineData("--chat-ttft")]
    [InlineData("--chat-ttft", "-5ms")]
    [InlineData("--chat-ttft", "fast")]
    [InlineData("--chat-ttft", "5h")]
    [InlineData("--chat-ttft", "ms")]
    [InlineData("--chat-ttft", "1e3")]
    [InlineData("--chat-ttft", "9999999999999")]
    [InlineData("--chat-inter-token-delay", "-1")]
    [InlineData("--chat-inter-token-delay", "10 ms")]
    [InlineData("--edge-limit")]
    [InlineData("--edge-limit", "tier4")]
    [InlineData("--edge-limit", "75")]
    [InlineData("--edge-limit", "75/")]
    [InlineData("--edge-limit", "/10")]
    [InlineData("--edge-limit", "0/10")]
    [InlineData("--edge-limit", "-1/10")]
    [InlineData("--edge-limit", "75/-1")]
    [InlineData("--edge-limit", "75/many")]
    [InlineData("--edge-limit", "75/10/0")]
    [InlineData("--edge-limit", "75/10/soon")]
    [InlineData("--edge-limit", "75/10/60s/0")]
    [InlineData("--edge-limit", "75/10/60s/30s/1")]
    [InlineData("--edge-limit", "99999999999/10")]
    [InlineData("--standard-limit", "tier0")]
    [InlineData("--standard-limit", "10/2/-1s")]
    [InlineData("--webhook-envelope=yes")]
    [InlineData("--webhook-attempts")]
    [InlineData("--webhook-attempts", "0")]
    [InlineData("--webhook-attempts", "-2")]
    [InlineData("--webhook-attempts", "2.5")]
    [InlineData("--webhook-attempts", "many")]
    [InlineData("--webhook-retry-delay", "-1s")]
    [InlineData("--webhook-retry-delay", "later")]
    [InlineData("--webhook-timeout", "0")]
    [InlineData("--webhook-timeout", "0ms")]
    [InlineData("--webhook-timeout", "-3s")]
    [InlineData("--webhook-timeout", "never")]
    [InlineData("--webhook-secret")]
    [InlineData("--webhook-secret", "sk-no-secret")]
    [InlineData("--webhook-secret", "sk-empty-secret=")]
    [InlineData("--webhook-secret", "=whsec_no_key")]
    [InlineData("--webhook-secret", "sk-unregistered=whsec_x")]
    public void Bad_arguments_are_rejected_with_a_message(params string[] args)
    {
        var error = Assert.Throws<CommandLineException>(() => CommandLineParser.Parse(args));

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Key_errors_never_echo_the_key()
    {
        var error = Assert.Throws<CommandLineException>(() => CommandLineParser.Parse(["--key", "sk-top-secret=platinum"]));

        Assert.DoesNotContain("sk-top-secret", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sk-top-secret=")]
    [InlineData("=whsec-top-secret")]
    [InlineData("sk-top-secret")]
    [InlineData("sk-top-secret=whsec-top-secret")]
    public async Task Webhook_secret_errors_never_echo_the_key_or_the_secret(string value)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await EmulatorCommand.RunAsync(["--webhook-secret", value], output, error, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("--webhook-secret", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("top-secret", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_prints_usage_and_exits_zero()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await EmulatorCommand.RunAsync(["--help"], output, error, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Contains("--standard-port", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("x-emulator-fault", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--await-cap <duration>")]
    [InlineData("--chat-ttft <duration>")]
    [InlineData("--chat-inter-token-delay <duration>")]
    [InlineData("--edge-limit <limit>")]
    [InlineData("--standard-limit <limit>")]
    [InlineData("--webhook-envelope")]
    [InlineData("--webhook-attempts <count>")]
    [InlineData("--webhook-retry-delay <duration>")]
    [InlineData("--webhook-timeout <duration>")]
    [InlineData("--webhook-secret <key>=<secret>")]
    [InlineData("tier3")]
    [InlineData("<requests>/<streams>[/<window>[/<max-stream-duration>]]")]
    [InlineData("50ms")]
    [InlineData("redirect=<url>")]
    [InlineData("reset-after-bytes=")]
    [InlineData("; close")]
    public void Help_lists_every_option_and_syntax(string text) =>
        Assert.Contains(text, CommandLineParser.Usage, StringComparison.Ordinal);

    [Fact]
    public async Task Invalid_new_options_exit_two_naming_the_option()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await EmulatorCommand.RunAsync(["--edge-limit", "75/10/soon"], output, error, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("--edge-limit", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("--help", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }

    [Fact]
    public async Task Bad_arguments_exit_two_with_the_problem_on_stderr()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await EmulatorCommand.RunAsync(["--bogus"], output, error, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("--bogus", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }

    [Fact]
    public async Task Runs_on_the_given_ports_prints_urls_and_demo_keys_but_not_user_keys_and_stops_on_cancel()
    {
        var (standard, edge) = (FreePort(), FreePort());
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var stop = new CancellationTokenSource();
        var started = new TaskCompletionSource<SkytellsEmulator>(TaskCreationOptions.RunContinuationsAsynchronously);

        var run = EmulatorCommand.RunAsync(
            ["--standard-port", $"{standard}", "--edge-port", $"{edge}", "--time-scale", "0", "--key", "sk-user-secret=enterprise"],
            output,
            error,
            stop.Token,
            started.SetResult);
        var emulator = await started.Task;

        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{edge}/v1/predictions");
        request.Headers.Add("x-api-key", "sk-user-secret");
        using var response = await http.SendAsync(request);
        await stop.CancelAsync();
        var exit = await run;

        var printed = output.ToString();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, exit);
        Assert.Equal(new Uri($"http://127.0.0.1:{standard}/v1"), emulator.StandardBaseUrl);
        Assert.Contains($"http://127.0.0.1:{standard}/v1", printed, StringComparison.Ordinal);
        Assert.Contains($"http://127.0.0.1:{edge}/v1", printed, StringComparison.Ordinal);
        Assert.Contains(EmulatorApiKeys.Business, printed, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-user-secret", printed, StringComparison.Ordinal);
        Assert.Contains("1 registered", printed, StringComparison.Ordinal);
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync($"http://127.0.0.1:{edge}/v1/models"));
    }

    [Fact]
    public async Task Edge_limit_from_the_command_line_answers_429_with_rate_limit_headers_over_http()
    {
        var (standard, edge) = (FreePort(), FreePort());
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var stop = new CancellationTokenSource();
        var started = new TaskCompletionSource<SkytellsEmulator>(TaskCreationOptions.RunContinuationsAsynchronously);

        var run = EmulatorCommand.RunAsync(
            ["--standard-port", $"{standard}", "--edge-port", $"{edge}", "--time-scale", "0", "--edge-limit", "2/1/60s",
             "--webhook-secret", $"{EmulatorApiKeys.Business}=whsec_from_cli"],
            output,
            error,
            stop.Token,
            started.SetResult);
        var emulator = await started.Task;

        using var http = new HttpClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{edge}/v1/models");
            request.Headers.Add("x-api-key", EmulatorApiKeys.Business);
            var response = await http.SendAsync(request);
            statuses.Add(response.StatusCode);
            if (i < 2)
            {
                response.Dispose();
            }
            else
            {
                limited = response;
            }
        }

        using (limited)
        {
            using var standardRequest = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{standard}/v1/models");
            standardRequest.Headers.Add("x-api-key", EmulatorApiKeys.Business);
            using var standardResponse = await http.SendAsync(standardRequest);
            await stop.CancelAsync();
            var exit = await run;

            Assert.Equal(0, exit);
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
            Assert.Contains("RATE_LIMIT_EXCEEDED", await limited!.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 carries Retry-After.");
            Assert.Equal("2", Header(limited, "x-skytells-ratelimit-limit-requests"));
            Assert.Equal("0", Header(limited, "x-skytells-ratelimit-remaining-requests"));
            Assert.Equal("60", Header(limited, "x-skytells-ratelimit-window"));
            Assert.Equal("2", Header(limited, "X-RateLimit-Limit-RPM"));
            Assert.Equal("1", Header(limited, "X-RateLimit-Limit-Streams"));

            // --edge-limit leaves Standard unlimited, and the secret went onto the running emulator without being printed.
            Assert.Equal(HttpStatusCode.OK, standardResponse.StatusCode);
            Assert.False(standardResponse.Headers.Contains("x-skytells-ratelimit-limit-requests"));
            Assert.Equal(EmulatorRateLimit.Tier3 with { RequestsPerWindow = 2, ConcurrentStreams = 1 }, emulator.Options.DefaultEdgeRateLimit);
            Assert.DoesNotContain("whsec_from_cli", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("1 set (not shown)", output.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Webhook_options_from_the_command_line_reach_the_running_emulator()
    {
        await using var sink = await WebhookSink.StartAsync();
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var stop = new CancellationTokenSource();
        var started = new TaskCompletionSource<SkytellsEmulator>(TaskCreationOptions.RunContinuationsAsynchronously);

        var run = EmulatorCommand.RunAsync(
            ["--standard-port", "0", "--edge-port", "0", "--time-scale", "0", "--webhook-envelope", "--webhook-secret", "sk-cli-owner=whsec_cli", "--key", "sk-cli-owner=enterprise"],
            output,
            error,
            stop.Token,
            started.SetResult);
        var emulator = await started.Task;

        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{emulator.StandardBaseUrl}/predictions")
        {
            Content = new StringContent(
                $$"""{"model":"{{SkytellsModels.TrueFusion}}","input":{"prompt":"red fox"},"webhook":"{{sink.Url()}}"}""",
                System.Text.Encoding.UTF8,
                "application/json"),
        };
        request.Headers.Add("x-api-key", "sk-cli-owner");
        using var created = await http.SendAsync(request);
        var delivery = await emulator.WaitForWebhookAsync(r => r.EventType == "prediction.succeeded", WebhookTestKit.Token);
        await stop.CancelAsync();
        Assert.Equal(0, await run);

        var received = Assert.Single(sink.Received);
        Assert.True(created.IsSuccessStatusCode, $"Create answered {created.StatusCode}.");
        Assert.StartsWith("""{"type":"prediction.succeeded""", received.Text, StringComparison.Ordinal);
        Assert.Equal(WebhookTestKit.Hmac("whsec_cli", received.Body), delivery.Signature);
        Assert.DoesNotContain("whsec_cli", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("sk-cli-owner", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_busy_port_exits_one()
    {
        using var blocker = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        blocker.Start();
        var port = ((IPEndPoint)blocker.LocalEndpoint).Port;
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await EmulatorCommand.RunAsync(["--standard-port", $"{port}", "--edge-port", "0"], output, error, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains("Could not start", error.ToString(), StringComparison.Ordinal);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
