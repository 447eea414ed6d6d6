using System.Threading.RateLimiting;
using Skytells.Emulator;
using Skytells.Tests.Integration;

namespace Skytells.Tests.Faults;

/// <summary>
/// Runs every cell of <see cref="FaultMatrix"/> against the emulator: the outcome, the number of requests the server
/// saw (so a create is never sent twice unless the first provably never arrived), bounded time, nothing sent to
/// another host, and every client-side permit and server-side stream slot returned.
/// </summary>
public sealed class FaultMatrixTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IAsyncLifetime
{
    private const int RequestPermits = 2;
    private const int StreamPermits = 1;
    private SkytellsEmulator _otherHost = null!;

    public static TheoryData<string, FaultOperation> Cells()
    {
        var cells = new TheoryData<string, FaultOperation>();
        foreach (var row in FaultMatrix.Cases)
        {
            foreach (var operation in row.Outcomes.Keys)
            {
                cells.Add(row.Name, operation);
            }
        }

        return cells;
    }

    public async Task InitializeAsync() => _otherHost = await SkytellsEmulator.StartAsync();

    public async Task DisposeAsync() => await _otherHost.DisposeAsync();

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Each_fault_ends_in_a_safe_retry_or_a_typed_error(string fault, FaultOperation operation)
    {
        var row = FaultMatrix.Cases.Single(c => c.Name == fault);
        var expected = row.Outcomes[operation];
        var key = fixture.NewKey();
        fixture.Emulator.AddApiKey(key, AccountPlan.Business, standardLimit: new EmulatorRateLimit { RequestsPerWindow = 10_000, ConcurrentStreams = 100, Window = TimeSpan.FromMinutes(1) });
        using var requestLimiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = RequestPermits, QueueLimit = 10 });
        using var streamLimiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = StreamPermits, QueueLimit = 10 });
        using var refusing = new Shared.RefusingPort();
        var options = fixture.Options(key);
        options.RequestTimeout = row.TimesOut ? FaultCase.RequestTimeout : FaultCase.RelaxedTimeout;
        options.MaxResponseBytes = FaultCase.MaxResponseBytes;
        options.StandardRateLimits = new SkytellsRateLimitOptions { RequestLimiter = requestLimiter, StreamLimiter = streamLimiter };
        if (fault == "connection refused")
        {
            options.StandardEndpoint = new Uri($"http://127.0.0.1:{refusing.Port}/v1");
        }

        using var client = new SkytellsClient(options);
        var existing = fault == "connection refused" ? "any-id" : operation == FaultOperation.Get ? (await client.Predictions.CreateAsync(SkytellsModels.TrueFusion, new ImageInput { Prompt = "x" }, cancellationToken: TestContext.Token)).Id : null;
        foreach (var rule in row.Arm(key, operation, _otherHost.StandardBaseUrl))
        {
            fixture.Emulator.InjectFault(rule);
        }

        var error = await Outcome(operation switch
        {
            FaultOperation.Get => client.Predictions.GetAsync(existing!, TestContext.Token),
            FaultOperation.Create => client.Predictions.CreateAsync(SkytellsModels.TrueFusion, new ImageInput { Prompt = "x" }, cancellationToken: TestContext.Token),
            _ => client.Chat.StreamAsync(new ChatCompletionRequest { Model = SkytellsModels.DeepBrainRouter, Messages = [ChatMessage.User("one two three four")] }, new ChatStreamOptions { IdleTimeout = row.TimesOut ? FaultCase.IdleTimeout : FaultCase.RelaxedTimeout }, TestContext.Token)
                .ToCompletionAsync(TestContext.Token),
        });

        if (expected.Error is null)
        {
            Assert.Null(error);
        }
        else
        {
            Assert.NotNull(error);
            Assert.IsType(expected.Error, error);
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
            if (expected.MessageHint is { } hint)
            {
                Assert.Contains(hint, error.Message, StringComparison.OrdinalIgnoreCase);
            }
        }

        Assert.Equal(expected.Requests, await RequestsReachingServerAsync(key, operation, expected.Requests));
        Assert.Empty(_otherHost.Requests);
        Assert.Equal(RequestPermits, requestLimiter.GetStatistics()!.CurrentAvailablePermits);
        Assert.Equal(StreamPermits, streamLimiter.GetStatistics()!.CurrentAvailablePermits);
        Assert.Equal(0, await OpenStreamsAsync(key));
        if (error is SkytellsNetworkException network && fault == "connection refused")
        {
            Assert.False(network.MayHaveReachedServer);
        }
    }

    /// <summary>Bounded time: a fault that hangs the client fails here instead of stalling the run.</summary>
    private static async Task<SkytellsException?> Outcome(Task call)
    {
        try
        {
            await call.WaitAsync(TimeSpan.FromSeconds(60));
            return null;
        }
        catch (SkytellsException error)
        {
            return error;
        }
    }

    private async Task<int> RequestsReachingServerAsync(string key, FaultOperation operation, int expected)
    {
        // Abandoned requests are recorded once the emulator is done with them; wait for those, then for stragglers.
        await fixture.WaitForRequestsOfAsync(key, expected + (operation == FaultOperation.Get ? 1 : 0));
        await Task.Delay(100);
        var (method, path) = operation switch
        {
            FaultOperation.Get => ("GET", "/v1/predictions/"),
            FaultOperation.Create => ("POST", "/v1/predictions"),
            _ => ("POST", "/v1/chat/completions"),
        };
        return fixture.RequestsOf(key).Count(r => r.Method == method && (operation == FaultOperation.Get ? r.Path.StartsWith(path, StringComparison.Ordinal) : r.Path == path));
    }

    private async Task<int> OpenStreamsAsync(string key)
    {
        // The server notices a client that went away a moment after it left.
        for (var i = 0; i < 100 && fixture.Emulator.GetOpenStreams(key) > 0; i++)
        {
            await Task.Delay(50);
        }

        return fixture.Emulator.GetOpenStreams(key);
    }
}
