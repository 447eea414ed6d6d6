using Skytells.Emulator;

namespace Skytells.Tests.Integration;

public sealed class RetryIntegrationTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static ImageInput Input => new() { Prompt = "x" };

    private int CreatesOf(string key) => fixture.RequestsOf(key).Count(r => r.Method == "POST" && r.Path == "/v1/predictions");

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task A_create_is_never_retried_after_a_response_that_may_follow_accepted_work(int status)
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, StatusCode = status, AfterProcessing = true });
        using var client = fixture.Client(key);
        await Assert.ThrowsAsync<SkytellsServerException>(() => client.Predictions.CreateAsync(SkytellsModels.TrueFusion, Input, cancellationToken: TestContext.Token));

        Assert.Equal(1, CreatesOf(key));

        // The server did the work: exactly one prediction exists, so a retry would have billed a second one.
        var page = await client.Predictions.ListPageAsync(cancellationToken: TestContext.Token);
        Assert.Single(page.Items);
    }

    [Fact]
    public async Task A_create_is_never_retried_after_a_422()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, StatusCode = 422, ErrorId = "VALIDATION_ERROR", Times = 5 });
        using var client = fixture.Client(key);
        await Assert.ThrowsAsync<SkytellsValidationException>(() => client.Predictions.CreateAsync(SkytellsModels.TrueFusion, Input, cancellationToken: TestContext.Token));
        Assert.Equal(1, CreatesOf(key));
    }

    [Fact]
    public async Task A_create_is_not_retried_after_the_connection_drops_once_the_request_was_sent()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, ResetConnection = true, AfterProcessing = true });
        using var client = fixture.Client(key);
        var error = await Assert.ThrowsAsync<SkytellsNetworkException>(() => client.Predictions.CreateAsync(SkytellsModels.TrueFusion, Input, cancellationToken: TestContext.Token));

        Assert.True(error.MayHaveReachedServer);
        Assert.Equal(1, CreatesOf(key));
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task A_create_is_retried_when_the_server_refused_it(int status)
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, StatusCode = status, RetryAfter = TimeSpan.Zero, Times = 2 });
        using var client = fixture.Client(key);
        var prediction = await client.Predictions.CreateAsync(SkytellsModels.TrueFusion, Input, cancellationToken: TestContext.Token);

        Assert.False(string.IsNullOrEmpty(prediction.Id));
        Assert.Equal(3, CreatesOf(key));
        Assert.Single((await client.Predictions.ListPageAsync(cancellationToken: TestContext.Token)).Items);
    }

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Reads_are_retried_on_transient_statuses(int status)
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var created = await client.Predictions.CreateAsync(SkytellsModels.TrueFusion, Input, cancellationToken: TestContext.Token);
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, Method = "GET", StatusCode = status, Times = 2 });

        Assert.Equal(created.Id, (await client.Predictions.GetAsync(created.Id, TestContext.Token)).Id);
        Assert.Equal(3, fixture.RequestsOf(key).Count(r => r.Method == "GET"));
    }

    [Fact]
    public async Task Reads_are_retried_after_a_connection_reset_and_deletes_after_a_5xx()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var created = await client.Predictions.CreateAsync(SkytellsModels.TrueFusion, Input, cancellationToken: TestContext.Token);
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, Method = "GET", ResetConnection = true });
        Assert.Equal(created.Id, (await client.Predictions.GetAsync(created.Id, TestContext.Token)).Id);
        Assert.Equal(2, fixture.RequestsOf(key).Count(r => r.Method == "GET"));

        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, Method = "DELETE", StatusCode = 503 });
        await client.Predictions.DeleteAsync(created.Id, TestContext.Token);
        Assert.Equal(2, fixture.RequestsOf(key).Count(r => r.Method == "DELETE"));
    }

    [Fact]
    public async Task Retries_stop_after_max_retries_with_the_last_error()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, StatusCode = 503, Times = 10 });
        var options = fixture.Options(key);
        options.Retry.MaxRetries = 2;
        using var client = new SkytellsClient(options);
        await Assert.ThrowsAsync<SkytellsServerException>(() => client.Predictions.GetAsync("p", TestContext.Token));
        Assert.Equal(3, fixture.RequestsOf(key).Count);
    }

    [Fact]
    public async Task A_retry_after_beyond_the_cap_throws_at_once()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, StatusCode = 429, ErrorId = "RATE_LIMIT_EXCEEDED", RetryAfter = TimeSpan.FromHours(2), Times = 5 });
        using var client = fixture.Client(key);
        var error = await Assert.ThrowsAsync<SkytellsRateLimitException>(() => client.Predictions.CreateAsync(SkytellsModels.TrueFusion, Input, cancellationToken: TestContext.Token));

        Assert.Equal(TimeSpan.FromHours(2), error.RetryAfter);
        Assert.Equal(1, CreatesOf(key));
    }

    [Fact]
    public async Task A_retry_after_within_the_cap_is_waited_for_and_then_retried()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, StatusCode = 429, RetryAfter = TimeSpan.FromSeconds(1) });
        using var client = fixture.Client(key);
        await client.Predictions.CreateAsync(SkytellsModels.TrueFusion, Input, cancellationToken: TestContext.Token);

        var creates = fixture.RequestsOf(key);
        Assert.Equal(2, creates.Count);

        // Ordering, not timing precision: the retry cannot have been sent before the server's delay elapsed.
        Assert.True(creates[1].ReceivedAt - creates[0].ReceivedAt >= TimeSpan.FromMilliseconds(900));
    }

    [Fact]
    public async Task A_create_is_retried_when_the_connection_was_refused_before_sending()
    {
        // Connecting is refused, so the request fails before any byte of it leaves.
        using var refusing = new Shared.RefusingPort();
        var port = refusing.Port;

        var options = new SkytellsClientOptions
        {
            ApiKey = "sk-test",
            StandardEndpoint = new Uri($"http://127.0.0.1:{port}/v1"),
            Retry = { MaxRetries = 2, InitialDelay = TimeSpan.FromMilliseconds(1) },
        };
        var attempts = 0;
        using var http = new HttpClient(new CountingHandler(() => attempts++));
        using var client = new SkytellsClient(options, http);
        var error = await Assert.ThrowsAsync<SkytellsNetworkException>(() => client.Predictions.CreateAsync(SkytellsModels.TrueFusion, Input, cancellationToken: TestContext.Token));

        Assert.False(error.MayHaveReachedServer);
        Assert.Equal(3, attempts);
    }

    /// <summary>Counts attempts on the real socket handler (no fake responses).</summary>
    private sealed class CountingHandler(Action onSend) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            onSend();
            return base.SendAsync(request, cancellationToken);
        }
    }
}
