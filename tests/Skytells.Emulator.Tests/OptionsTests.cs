using System.Net;
using System.Net.Sockets;
using Skytells.Emulator.Tests.Infrastructure;

namespace Skytells.Emulator.Tests;

public sealed class OptionsTests
{
    [Fact]
    public void Defaults_match_the_documented_values()
    {
        var options = new EmulatorOptions();

        Assert.Equal("127.0.0.1", options.Host);
        Assert.Equal(0, options.StandardPort);
        Assert.Equal(0, options.EdgePort);
        Assert.Equal(1.0, options.TimeScale);
        Assert.Equal(TimeSpan.FromSeconds(60), options.AwaitCap);
        Assert.False(options.EnableLogging);
        Assert.Equal(AccountPlan.Free, options.ApiKeys[EmulatorApiKeys.Free]);
        Assert.Equal(AccountPlan.Pro, options.ApiKeys[EmulatorApiKeys.Pro]);
        Assert.Equal(AccountPlan.Business, options.ApiKeys[EmulatorApiKeys.Business]);
        Assert.Equal(AccountPlan.Enterprise, options.ApiKeys[EmulatorApiKeys.Enterprise]);
    }

    [Fact]
    public async Task Starts_on_the_given_ports_with_v1_base_urls()
    {
        var (standard, edge) = (FreePort(), FreePort());

        await using var emulator = await SkytellsEmulator.StartAsync(new EmulatorOptions { StandardPort = standard, EdgePort = edge });

        Assert.Equal(new Uri($"http://127.0.0.1:{standard}/v1"), emulator.StandardBaseUrl);
        Assert.Equal(new Uri($"http://127.0.0.1:{edge}/v1"), emulator.EdgeBaseUrl);
        Assert.DoesNotContain("/v1/", emulator.StandardBaseUrl.ToString(), StringComparison.Ordinal);
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri(emulator.EdgeBaseUrl + "/models"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Port_zero_picks_two_distinct_free_ports()
    {
        await using var emulator = await SkytellsEmulator.StartAsync();

        Assert.NotEqual(0, emulator.StandardBaseUrl.Port);
        Assert.NotEqual(0, emulator.EdgeBaseUrl.Port);
        Assert.NotEqual(emulator.StandardBaseUrl.Port, emulator.EdgeBaseUrl.Port);
    }

    [Fact]
    public async Task Localhost_is_served_on_ipv4_loopback()
    {
        await using var host = await EmulatorHost.StartAsync(o => o.Host = "localhost");

        Assert.Equal("127.0.0.1", host.Emulator.StandardBaseUrl.Host);
        (await host.GetAsync(EmulatorGateway.Standard, "/predictions")).AssertOk();
    }

    [Fact]
    public async Task A_port_in_use_fails_the_start()
    {
        using var blocker = new TcpListener(IPAddress.Loopback, 0);
        blocker.Start();
        var port = ((IPEndPoint)blocker.LocalEndpoint).Port;

        await Assert.ThrowsAnyAsync<IOException>(() => SkytellsEmulator.StartAsync(new EmulatorOptions { StandardPort = port }));
    }

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public async Task Invalid_options_are_refused(Action<EmulatorOptions> configure)
    {
        var options = new EmulatorOptions();
        configure(options);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => SkytellsEmulator.StartAsync(options));
    }

    public static TheoryData<Action<EmulatorOptions>> InvalidOptions() =>
    [
        o => o.TimeScale = -1,
        o => o.TimeScale = double.NaN,
        o => o.StandardPort = 70000,
        o => o.EdgePort = -2,
        o => { o.StandardPort = 5999; o.EdgePort = 5999; },
        o => o.Host = "not a host",
        o => o.AwaitCap = TimeSpan.FromSeconds(-1),
        o => o.ModelLatency["truefusion"] = TimeSpan.FromSeconds(-1),
        o => o.ApiKeys[" "] = AccountPlan.Free,
    ];

    [Fact]
    public async Task Dispose_ends_a_pending_await_and_can_be_repeated()
    {
        var emulator = await SkytellsEmulator.StartAsync(new EmulatorOptions { ModelLatency = { [SkytellsModels.TrueFusion] = TimeSpan.FromHours(1) } });
        using var http = new HttpClient();
        using var create = EmulatorHost.Build(
            HttpMethod.Post, new Uri(emulator.StandardBaseUrl + "/predictions"), EmulatorApiKeys.Free, """{"model":"truefusion","input":{},"await":true}""");
        var waiting = http.SendAsync(create);
        while (!waiting.IsCompleted && !await ExistsAsync())
        {
            // The prediction exists once the create request is being held by the await.
            await Task.Delay(5);
        }

        await emulator.DisposeAsync();
        await emulator.DisposeAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => waiting);

        async Task<bool> ExistsAsync()
        {
            using var list = EmulatorHost.Build(HttpMethod.Get, new Uri(emulator.StandardBaseUrl + "/predictions"), EmulatorApiKeys.Free);
            using var response = await http.SendAsync(list);
            return (await response.Content.ReadAsStringAsync()).Contains("truefusion", StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Emulator_ToString_names_the_urls_only()
    {
        await using var emulator = await SkytellsEmulator.StartAsync();

        var text = emulator.ToString();

        Assert.Contains(emulator.StandardBaseUrl.ToString(), text, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-emulator", text, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
