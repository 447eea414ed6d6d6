using System.Net;
using Microsoft.Extensions.Time.Testing;
using Skytells.Emulator.Tests.Infrastructure;

namespace Skytells.Emulator.Tests;

public sealed class RateLimitTests
{
    private static readonly EmulatorRateLimit ThreePerMinute = new() { RequestsPerWindow = 3, ConcurrentStreams = 2 };

    [Fact]
    public async Task Request_window_answers_429_with_retry_after_until_the_oldest_request_leaves_it()
    {
        var clock = new FakeTimeProvider();
        await using var host = await EmulatorHost.StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.DefaultStandardRateLimit = ThreePerMinute;
        });

        var admitted = new List<ApiResponse>();
        for (var i = 0; i < 3; i++)
        {
            admitted.Add((await host.GetAsync(EmulatorGateway.Standard, "/models")).AssertOk());
        }

        var limited = await host.GetAsync(EmulatorGateway.Standard, "/models");
        clock.Advance(TimeSpan.FromSeconds(30));
        var stillLimited = await host.GetAsync(EmulatorGateway.Standard, "/models");
        clock.Advance(TimeSpan.FromSeconds(30));
        var again = await host.GetAsync(EmulatorGateway.Standard, "/models");

        Assert.Equal(["2", "1", "0"], admitted.Select(r => r.Headers["x-skytells-ratelimit-remaining-requests"]));
        Assert.All(admitted, r =>
        {
            Assert.Equal("3", r.Headers["x-skytells-ratelimit-limit-requests"]);
            Assert.Equal("60", r.Headers["x-skytells-ratelimit-window"]);
            Assert.Equal("-", r.Headers["x-skytells-ratelimit-limit-tokens-in"]);
            Assert.Equal("-", r.Headers["x-skytells-ratelimit-remaining-tokens-out"]);
            Assert.False(r.Headers.ContainsKey("Retry-After"));
            Assert.False(r.Headers.ContainsKey("X-RateLimit-Limit-RPM"), "The legacy family is Edge's.");
        });

        limited.AssertError(HttpStatusCode.TooManyRequests, "RATE_LIMIT_EXCEEDED");
        Assert.Equal("60", limited.Headers["Retry-After"]);
        Assert.Equal("0", limited.Headers["x-skytells-ratelimit-remaining-requests"]);
        stillLimited.AssertError(HttpStatusCode.TooManyRequests, "RATE_LIMIT_EXCEEDED");
        Assert.Equal("30", stillLimited.Headers["Retry-After"]);

        // The rejected requests never counted: the whole window is free again.
        Assert.Equal("2", again.AssertOk().Headers["x-skytells-ratelimit-remaining-requests"]);
    }

    [Fact]
    public async Task Retry_after_is_at_least_one_second()
    {
        var clock = new FakeTimeProvider();
        await using var host = await EmulatorHost.StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.DefaultStandardRateLimit = ThreePerMinute with { RequestsPerWindow = 1 };
        });

        (await host.GetAsync(EmulatorGateway.Standard, "/models")).AssertOk();
        clock.Advance(TimeSpan.FromSeconds(59.9));
        var limited = await host.GetAsync(EmulatorGateway.Standard, "/models");

        limited.AssertError(HttpStatusCode.TooManyRequests, "RATE_LIMIT_EXCEEDED");
        Assert.Equal("1", limited.Headers["Retry-After"]);
    }

    [Fact]
    public async Task Edge_answers_also_carry_the_legacy_headers()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_741_910_000));
        await using var host = await EmulatorHost.StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.DefaultEdgeRateLimit = new EmulatorRateLimit { RequestsPerWindow = 5, ConcurrentStreams = 2 };
        });

        var response = (await host.GetAsync(EmulatorGateway.Edge, "/models")).AssertOk();

        Assert.Equal("5", response.Headers["x-skytells-ratelimit-limit-requests"]);
        Assert.Equal("4", response.Headers["x-skytells-ratelimit-remaining-requests"]);
        Assert.Equal("5", response.Headers["X-RateLimit-Limit-RPM"]);
        Assert.Equal("4", response.Headers["X-RateLimit-Remaining-RPM"]);
        Assert.Equal("2", response.Headers["X-RateLimit-Limit-Streams"]);
        Assert.Equal("2", response.Headers["X-RateLimit-Remaining-Streams"]);
        Assert.Equal("1741910060", response.Headers["X-RateLimit-Reset"]);
    }

    [Fact]
    public async Task Chat_over_the_window_is_429_in_the_inference_envelope()
    {
        await using var host = await EmulatorHost.StartAsync(o => o.DefaultEdgeRateLimit = ThreePerMinute with { RequestsPerWindow = 1 });

        (await host.PostAsync(EmulatorGateway.Edge, "/chat/completions", ChatBodies.User("hi"))).AssertOk();
        var limited = await host.PostAsync(EmulatorGateway.Edge, "/chat/completions", ChatBodies.User("hi"));

        var error = limited.AssertInferenceError(HttpStatusCode.TooManyRequests, "RATE_LIMIT_EXCEEDED");
        Assert.Equal("rate_limit_exceeded", error.GetProperty("code").GetString());
        Assert.Equal("rate_limit_error", error.GetProperty("type").GetString());
        Assert.True(int.Parse(limited.Headers["Retry-After"], System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal("0", limited.Headers["X-RateLimit-Remaining-RPM"]);
    }

    [Fact]
    public async Task Limits_belong_to_a_key_and_a_gateway()
    {
        var clock = new FakeTimeProvider();
        await using var host = await EmulatorHost.StartAsync(o => o.TimeProvider = clock);
        host.Emulator.AddApiKey("sk-tier1", AccountPlan.Business, edgeLimit: EmulatorRateLimit.Tier1);

        var edge = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            edge.Add((await host.GetAsync(EmulatorGateway.Edge, "/models", "sk-tier1")).Status);
        }

        var standard = await host.GetAsync(EmulatorGateway.Standard, "/models", "sk-tier1");
        var otherKey = await host.GetAsync(EmulatorGateway.Edge, "/models");

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 10), HttpStatusCode.TooManyRequests], edge);
        Assert.False(standard.AssertOk().Headers.ContainsKey("x-skytells-ratelimit-limit-requests"));
        Assert.False(otherKey.AssertOk().Headers.ContainsKey("x-skytells-ratelimit-limit-requests"));
    }

    [Fact]
    public async Task Open_streams_over_the_limit_are_429_and_other_requests_still_pass()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.AddApiKey("sk-two-streams", AccountPlan.Enterprise, edgeLimit: new EmulatorRateLimit { RequestsPerWindow = 100, ConcurrentStreams = 2 });
        var stall = new Dictionary<string, string> { ["x-emulator-fault"] = "stream-stall-after=1; stream-stall=60s" };
        var body = ChatBodies.User("hi", stream: true);

        await using var first = await OpenChatStream.OpenAsync(host, EmulatorGateway.Edge, body, "sk-two-streams", stall);
        await using var second = await OpenChatStream.OpenAsync(host, EmulatorGateway.Edge, body, "sk-two-streams", stall);
        var refused = await host.PostAsync(EmulatorGateway.Edge, "/chat/completions", body, "sk-two-streams");
        var plain = await host.PostAsync(EmulatorGateway.Edge, "/chat/completions", ChatBodies.User("hi"), "sk-two-streams");
        var otherKey = await ChatStream.ReadAsync(host, EmulatorGateway.Edge, body);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal("1", first.Response.Headers.GetValues("X-RateLimit-Remaining-Streams").Single());
        Assert.Equal("0", second.Response.Headers.GetValues("X-RateLimit-Remaining-Streams").Single());
        refused.AssertInferenceError(HttpStatusCode.TooManyRequests, "RATE_LIMIT_EXCEEDED");
        Assert.Equal("1", refused.Headers["Retry-After"]);
        Assert.Equal("0", refused.Headers["X-RateLimit-Remaining-Streams"]);
        Assert.Equal("0", plain.AssertOk().Headers["X-RateLimit-Remaining-Streams"]);
        Assert.True(otherKey.EndsWithDone);
        Assert.Equal(2, host.Emulator.GetOpenStreams("sk-two-streams"));
        Assert.Equal(2, host.Emulator.GetMaxConcurrentStreams("sk-two-streams"));
    }

    [Fact]
    public async Task Stream_longer_than_the_maximum_duration_is_closed_cleanly_by_the_server()
    {
        await using var host = await EmulatorHost.StartAsync();
        host.Emulator.AddApiKey("sk-short-streams", AccountPlan.Business, edgeLimit: EmulatorRateLimit.Tier3 with { MaxStreamDuration = TimeSpan.FromSeconds(1) });
        var stall = new Dictionary<string, string> { ["x-emulator-fault"] = "stream-stall-after=2; stream-stall=60s" };

        var stream = await ChatStream.ReadAsync(host, EmulatorGateway.Edge, ChatBodies.User("a b c", stream: true), "sk-short-streams", stall);

        Assert.Null(stream.Failure);
        Assert.Equal(2, stream.Data.Count);
        Assert.False(stream.EndsWithDone);
        Assert.All(stream.Chunks, c => Assert.False(c.TryGetProperty("usage", out _)));
        Assert.Equal(0, host.Emulator.GetOpenStreams("sk-short-streams"));
    }

    [Fact]
    public async Task Max_concurrent_streams_remembers_the_peak_without_any_limit()
    {
        await using var host = await EmulatorHost.StartAsync();
        var stall = new Dictionary<string, string> { ["x-emulator-fault"] = "stream-stall-after=1; stream-stall=60s" };
        var streams = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            OpenChatStream.OpenAsync(host, EmulatorGateway.Edge, ChatBodies.User("hi", stream: true), EmulatorApiKeys.Enterprise, stall)));

        var open = host.Emulator.GetOpenStreams(EmulatorApiKeys.Enterprise);
        foreach (var stream in streams)
        {
            await stream.DisposeAsync();
        }

        Assert.All(streams, s => Assert.Equal(HttpStatusCode.OK, s.Status));
        Assert.Equal(5, open);
        Assert.Equal(5, host.Emulator.GetMaxConcurrentStreams(EmulatorApiKeys.Enterprise));
        Assert.Equal(0, host.Emulator.GetMaxConcurrentStreams(EmulatorApiKeys.Business));
    }

    [Fact]
    public async Task Stream_counts_of_an_unknown_key_are_refused()
    {
        await using var host = await EmulatorHost.StartAsync();

        Assert.Throws<ArgumentException>(() => host.Emulator.GetMaxConcurrentStreams("sk-nobody"));
        Assert.Throws<ArgumentException>(() => host.Emulator.GetOpenStreams("sk-nobody"));
    }

    [Fact]
    public async Task Without_limits_no_rate_limit_headers_are_sent()
    {
        await using var host = await EmulatorHost.StartAsync();

        var response = (await host.GetAsync(EmulatorGateway.Edge, "/models")).AssertOk();

        Assert.Null(host.Emulator.Options.DefaultEdgeRateLimit);
        Assert.Null(host.Emulator.Options.DefaultStandardRateLimit);
        Assert.DoesNotContain(response.Headers.Keys, k => k.Contains("ratelimit", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Tier_presets_follow_the_documented_tiers()
    {
        Assert.Equal((10, 2), (EmulatorRateLimit.Tier1.RequestsPerWindow, EmulatorRateLimit.Tier1.ConcurrentStreams));
        Assert.Equal((25, 5), (EmulatorRateLimit.Tier2.RequestsPerWindow, EmulatorRateLimit.Tier2.ConcurrentStreams));
        Assert.Equal((75, 10), (EmulatorRateLimit.Tier3.RequestsPerWindow, EmulatorRateLimit.Tier3.ConcurrentStreams));
        Assert.Equal(TimeSpan.FromMinutes(1), EmulatorRateLimit.Tier3.Window);
        Assert.Equal(TimeSpan.FromSeconds(300), EmulatorRateLimit.Tier3.MaxStreamDuration);

        var faster = EmulatorRateLimit.Tier3 with { Window = TimeSpan.FromSeconds(2) };
        Assert.Equal(TimeSpan.FromMinutes(1), EmulatorRateLimit.Tier3.Window);
        Assert.Equal(75, faster.RequestsPerWindow);
    }

    [Fact]
    public async Task Invalid_limits_are_refused()
    {
        var zero = new EmulatorRateLimit { RequestsPerWindow = 0, ConcurrentStreams = 1 };

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => SkytellsEmulator.StartAsync(new EmulatorOptions { DefaultEdgeRateLimit = zero }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => SkytellsEmulator.StartAsync(new EmulatorOptions { ChatInterTokenDelay = TimeSpan.FromSeconds(-1) }));
        await using var host = await EmulatorHost.StartAsync();
        Assert.Throws<ArgumentOutOfRangeException>(() => host.Emulator.AddApiKey("sk-x", AccountPlan.Business, standardLimit: EmulatorRateLimit.Tier1 with { Window = TimeSpan.Zero }));
    }
}
