using System.Net;
using Skytells.Emulator.Cli;

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

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
