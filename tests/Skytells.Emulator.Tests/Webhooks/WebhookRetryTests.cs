using Skytells.Emulator.Tests.Infrastructure;
using Skytells.Tests.Shared;
using static Skytells.Emulator.Tests.Webhooks.WebhookTestKit;

namespace Skytells.Emulator.Tests.Webhooks;

public sealed class WebhookRetryTests
{
    private const string Model = SkytellsModels.TrueFusion;

    private static void Fast(EmulatorOptions options)
    {
        options.ModelLatency[Model] = TimeSpan.FromMilliseconds(20);
        options.WebhookRetryDelay = TimeSpan.FromMilliseconds(1);
    }

    [Fact]
    public async Task A_500_from_the_receiver_is_retried_with_the_same_body_and_signature_until_it_succeeds()
    {
        await using var sink = await WebhookSink.StartAsync((_, arrival, _) => Task.FromResult(arrival <= 2 ? 500 : 200));
        await using var host = await EmulatorHost.StartAsync(Fast);

        var id = (await host.CreateAsync(Model, extra: WebhookUrl(sink.Url()))).Id();
        await host.Emulator.WaitForAsync(id, "prediction.succeeded", attempt: 3);

        var attempts = host.Emulator.DeliveriesOf(id);
        Assert.Equal([(1, 500), (2, 500), (3, 200)], attempts.Select(a => (a.Attempt, a.StatusCode)));
        Assert.Single(attempts.Select(a => a.Body).Distinct());
        Assert.Single(attempts.Select(a => a.Signature).Distinct());
        Assert.Equal(3, sink.Received.Count);
        Assert.All(sink.Received, r => Assert.Equal(attempts[0].Signature, r.Signature));
    }

    [Fact]
    public async Task Delivery_gives_up_after_the_configured_number_of_attempts()
    {
        await using var sink = await WebhookSink.StartAsync((_, _, _) => Task.FromResult(503));
        await using var host = await EmulatorHost.StartAsync(o =>
        {
            Fast(o);
            o.WebhookMaxAttempts = 2;
        });

        var id = (await host.CreateAsync(Model, extra: WebhookUrl(sink.Url()))).Id();
        var last = await host.Emulator.WaitForAsync(id, "prediction.succeeded", attempt: 2);

        Assert.Equal(503, last.StatusCode);
        Assert.False(last.Succeeded);
        Assert.Equal([1, 2], host.Emulator.DeliveriesOf(id).Select(a => a.Attempt));
    }

    [Fact]
    public async Task A_refused_connection_counts_as_a_failed_attempt_with_status_0_and_a_reason()
    {
        using var refusing = new RefusingPort();
        await using var host = await EmulatorHost.StartAsync(o =>
        {
            Fast(o);
            o.WebhookMaxAttempts = 2;
        });

        var id = (await host.CreateAsync(Model, extra: WebhookUrl($"http://127.0.0.1:{refusing.Port}/hook"))).Id();
        await host.Emulator.WaitForAsync(id, "prediction.succeeded", attempt: 2);

        Assert.All(host.Emulator.DeliveriesOf(id), attempt =>
        {
            Assert.Equal(0, attempt.StatusCode);
            Assert.False(string.IsNullOrEmpty(attempt.Error));
        });
    }

    [Fact]
    public async Task A_receiver_slower_than_the_attempt_timeout_is_abandoned_and_retried()
    {
        await using var sink = await WebhookSink.StartAsync(async (_, arrival, aborted) =>
        {
            if (arrival == 1)
            {
                await Task.Delay(Timeout.Infinite, aborted); // hangs until the emulator gives up on it
            }

            return 200;
        });
        await using var host = await EmulatorHost.StartAsync(o =>
        {
            Fast(o);
            o.WebhookTimeout = TimeSpan.FromMilliseconds(200);
        });

        var id = (await host.CreateAsync(Model, extra: WebhookUrl(sink.Url()))).Id();
        var second = await host.Emulator.WaitForAsync(id, "prediction.succeeded", attempt: 2);

        var first = host.Emulator.DeliveriesOf(id)[0];
        Assert.Equal((1, 0), (first.Attempt, first.StatusCode));
        Assert.Contains("did not answer", first.Error, StringComparison.Ordinal);
        Assert.Equal(200, second.StatusCode);
    }
}
