using System.Diagnostics;
using System.Threading.RateLimiting;
using Skytells.Emulator;
using Skytells.Tests.Integration;
using Xunit.Abstractions;

namespace Skytells.Tests.Security;

/// <summary>
/// Cancellation surfaces as <see cref="OperationCanceledException"/> carrying the caller's own token in every state a
/// call can wait in, within 1 s of the cancellation: each wait below would otherwise last 30 s or more.
/// </summary>
public sealed class CancellationTokenTests(EmulatorFixture fixture, ITestOutputHelper output) : IClassFixture<EmulatorFixture>
{
    private static readonly TimeSpan CancelAfter = TimeSpan.FromMilliseconds(200);

    // The promise is 1 s; measured it takes 0.3 to 33 ms, so the bound leaves a loaded machine thirty times that.
    private static readonly TimeSpan CancelWithin = TimeSpan.FromSeconds(1);

    private static ChatCompletionRequest Ask => new() { Model = SkytellsModels.DeepBrainRouter, Messages = [ChatMessage.User("one two three four five six seven eight")] };

    [Fact]
    public async Task Before_headers_on_a_read()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, Delay = TimeSpan.FromSeconds(30) });
        using var client = fixture.Client(key);
        await AssertCancelledAsync(token => client.Predictions.GetAsync("any", token));
    }

    [Fact]
    public async Task Before_headers_on_a_stream()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, Delay = TimeSpan.FromSeconds(30) });
        using var client = fixture.Client(key);
        await AssertCancelledAsync(token => client.Chat.StreamAsync(Ask, cancellationToken: token).ToCompletionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Mid_stream_with_the_token_given_to_StreamAsync()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, StreamStallAfterChunks = 1, StreamStall = TimeSpan.FromSeconds(30) });
        using var client = fixture.Client(key);
        await AssertCancelledAsync(async token =>
        {
            await foreach (var chunk in client.Chat.StreamAsync(Ask, cancellationToken: token))
            {
                Assert.NotNull(chunk);
            }
        });
    }

    [Fact]
    public async Task Mid_stream_with_the_token_given_to_WithCancellation()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, StreamStallAfterChunks = 1, StreamStall = TimeSpan.FromSeconds(30) });
        using var client = fixture.Client(key);
        await AssertCancelledAsync(async token =>
        {
            await foreach (var chunk in client.Chat.StreamAsync(Ask, cancellationToken: CancellationToken.None).WithCancellation(token))
            {
                Assert.NotNull(chunk);
            }
        });
    }

    [Fact]
    public async Task Waiting_for_a_request_permit()
    {
        var key = fixture.NewKey();
        using var limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 10 });
        using var held = limiter.AttemptAcquire();
        var options = fixture.Options(key);
        options.StandardRateLimits = new SkytellsRateLimitOptions { RequestLimiter = limiter, MaxWait = TimeSpan.FromMinutes(1) };
        using var client = new SkytellsClient(options);

        await AssertCancelledAsync(token => client.Predictions.GetAsync("any", token));
        Assert.Empty(fixture.RequestsOf(key));
        Assert.Equal(0, limiter.GetStatistics()!.CurrentQueuedCount);
    }

    [Fact]
    public async Task Waiting_for_a_stream_permit()
    {
        var key = fixture.NewKey();
        using var limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 10 });
        using var held = limiter.AttemptAcquire();
        var options = fixture.Options(key);
        options.StandardRateLimits = new SkytellsRateLimitOptions { StreamLimiter = limiter };
        using var client = new SkytellsClient(options);

        await AssertCancelledAsync(token => client.Chat.StreamAsync(Ask, cancellationToken: token).ToCompletionAsync(CancellationToken.None));
        Assert.Empty(fixture.RequestsOf(key));
        held.Dispose();
        Assert.Equal(1, limiter.GetStatistics()!.CurrentAvailablePermits);
    }

    [Fact]
    public async Task Waiting_out_a_retry_after()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, StatusCode = 429, RetryAfter = TimeSpan.FromSeconds(30) });
        using var client = fixture.Client(key);
        await AssertCancelledAsync(token => client.Predictions.GetAsync("any", token));
        Assert.Single(fixture.RequestsOf(key));
    }

    [Fact]
    public async Task Between_polls()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var video = await client.Predictions.CreateAsync(EmulatorFixture.SlowModel, new VideoInput { Prompt = "x" }, cancellationToken: TestContext.Token);
        await AssertCancelledAsync(token => client.Predictions.WaitAsync(video, new PredictionWaitOptions { PollInterval = TimeSpan.FromSeconds(30), MaxWait = Timeout.InfiniteTimeSpan }, token));
    }

    private async Task AssertCancelledAsync(Func<CancellationToken, Task> call)
    {
        using var cancellation = new CancellationTokenSource();
        var running = call(cancellation.Token);
        await Task.Delay(CancelAfter);
        Assert.False(running.IsCompleted, "The call ended before it was cancelled, so this test proves nothing.");
        var cancelledAt = Stopwatch.GetTimestamp();
        await cancellation.CancelAsync();

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running.WaitAsync(TimeSpan.FromSeconds(10)));
        var took = Stopwatch.GetElapsedTime(cancelledAt);
        output.WriteLine($"ended {took.TotalMilliseconds:F1} ms after cancellation");
        Assert.Equal(cancellation.Token, error.CancellationToken);
        Assert.True(took < CancelWithin, $"Cancellation took {took}.");
    }
}
