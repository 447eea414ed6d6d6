using Skytells.Emulator;

namespace Skytells.Tests.Integration;

public sealed class TimeoutAndCancellationTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static ImageInput Input => new() { Prompt = "x" };

    [Fact]
    public async Task A_slow_response_past_the_per_try_timeout_is_a_typed_timeout()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, Delay = TimeSpan.FromSeconds(5) });
        var options = fixture.Options(key);
        options.RequestTimeout = TimeSpan.FromMilliseconds(200);
        using var client = new SkytellsClient(options);
        var error = await Assert.ThrowsAsync<SkytellsTimeoutException>(() => client.Predictions.CreateAsync(SkytellsModels.TrueFusion, Input, cancellationToken: TestContext.Token));

        Assert.Equal("REQUEST_TIMEOUT", error.ErrorId);
        Assert.Equal(TimeSpan.FromMilliseconds(200), error.Timeout);
        Assert.Single(await fixture.WaitForRequestsOfAsync(key, 1));
    }

    [Fact]
    public async Task A_read_that_times_out_is_retried()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, Method = "GET", Delay = TimeSpan.FromSeconds(5) });
        var options = fixture.Options(key);
        options.RequestTimeout = TimeSpan.FromMilliseconds(300);
        using var client = new SkytellsClient(options);
        var error = await Assert.ThrowsAsync<SkytellsNotFoundException>(() => client.Predictions.GetAsync("missing", TestContext.Token));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal(2, (await fixture.WaitForRequestsOfAsync(key, 2)).Count(r => r.Method == "GET"));
    }

    [Fact]
    public async Task Caller_cancellation_surfaces_as_operation_canceled_not_as_a_timeout()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, Delay = TimeSpan.FromSeconds(10) });
        using var client = fixture.Client(key);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Predictions.CreateAsync(SkytellsModels.TrueFusion, Input, cancellationToken: cancellation.Token));
        Assert.Equal(cancellation.Token, error.CancellationToken);
    }

    [Fact]
    public async Task Cancelling_a_wait_stops_polling()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var video = await client.Predictions.CreateAsync(EmulatorFixture.SlowModel, new VideoInput { Prompt = "x" }, cancellationToken: TestContext.Token);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            client.Predictions.WaitAsync(video, new PredictionWaitOptions { PollInterval = TimeSpan.FromMilliseconds(10), MaxWait = Timeout.InfiniteTimeSpan }, cancellation.Token));

        // A poll already in flight may still be recorded once answered; after that, nothing new may arrive.
        await Task.Delay(100);
        var polls = fixture.RequestsOf(key).Count;
        await Task.Delay(200);
        Assert.Equal(polls, fixture.RequestsOf(key).Count);
    }
}
