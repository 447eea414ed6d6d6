using System.Diagnostics;
using Skytells.Emulator;
using Xunit.Abstractions;

namespace Skytells.Tests.Load;

/// <summary>
/// 1,000 concurrent creates and 50 concurrent streams through one Tier 3 client: everything completes or fails with
/// a typed error, the gateway never sees more than the 10 streams Tier 3 allows, every permit comes back, and memory
/// returns near its start after a full collection. Figures are written to the test output, not asserted as timings;
/// it runs alone so the heap it measures is its own.
/// </summary>
[Collection(nameof(SerialMeasurements))]
public sealed class ConcurrentLoadTests(ITestOutputHelper output)
{
    private const int Creates = 1_000;
    private const int Streams = 50;

    // Tier 3's 75 requests per window, with the window shortened so the run takes seconds instead of 13 minutes.
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task A_tier_3_client_carries_1000_creates_and_50_streams_without_deadlock_leak_or_excess_streams()
    {
        await using var emulator = await SkytellsEmulator.StartAsync(new EmulatorOptions
        {
            ModelLatency = { [SkytellsModels.TrueFusionEdge] = TimeSpan.FromMilliseconds(5) },
            ChatTimeToFirstToken = TimeSpan.FromMilliseconds(10),
            ChatInterTokenDelay = TimeSpan.FromMilliseconds(5),
        });
        const string key = "sk-load-tier3";

        // The gateway's stream cap is raised so an excess by the client would show in the peak instead of as 429s.
        emulator.AddApiKey(key, AccountPlan.Business, edgeLimit: EmulatorRateLimit.Tier3 with { Window = Window, ConcurrentStreams = Streams });
        var limits = SkytellsRateLimitOptions.ForTier(SkytellsRateTier.Tier3, Window, queueLimit: Creates + Streams, jitterAllowance: Window);
        using var client = new SkytellsClient(new SkytellsClientOptions
        {
            ApiKey = key,
            Gateway = SkytellsGateway.Edge,
            StandardEndpoint = emulator.StandardBaseUrl,
            EdgeEndpoint = emulator.EdgeBaseUrl,
            EdgeRateLimits = limits,
        });

        // Warm up connections and JIT so the start figure is the steady state, not the cold one.
        await client.Predictions.CreateAsync(SkytellsModels.TrueFusionEdge, Image(-1), cancellationToken: TestContext.Token);
        var startMemory = FullCollection();
        var startThreads = ThreadPool.ThreadCount;
        var maxThreads = startThreads;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                maxThreads = Math.Max(maxThreads, ThreadPool.ThreadCount);
                await Task.Delay(50, CancellationToken.None);
            }
        }, CancellationToken.None);

        var clock = Stopwatch.StartNew();
        var creates = Enumerable.Range(0, Creates).Select(i => Outcome(client.Predictions.CreateAsync(SkytellsModels.TrueFusionEdge, Image(i), cancellationToken: TestContext.Token)));
        var streams = Enumerable.Range(0, Streams).Select(i => Outcome(client.Chat.StreamAsync(
            new ChatCompletionRequest { Model = SkytellsModels.DeepBrainRouter, Messages = [ChatMessage.User($"stream {i} tell me about limits")] },
            cancellationToken: TestContext.Token).ToCompletionAsync(TestContext.Token)));

        // A deadlock shows as this wait failing, not as a slow test.
        var outcomes = await Task.WhenAll(creates.Concat(streams)).WaitAsync(TimeSpan.FromMinutes(3));
        clock.Stop();
        await sampling.CancelAsync();
        await sampler;

        var failures = outcomes.OfType<Exception>().ToList();
        Assert.All(failures, f => Assert.IsAssignableFrom<SkytellsException>(f));
        Assert.Empty(failures);
        Assert.InRange(emulator.GetMaxConcurrentStreams(key), 1, 10);
        Assert.Equal(0, emulator.GetOpenStreams(key));
        Assert.Equal(10, limits.StreamLimiter!.GetStatistics()!.CurrentAvailablePermits);
        Assert.Equal(0, limits.RequestLimiter!.GetStatistics()!.CurrentQueuedCount);

        emulator.ClearRequests();
        var endMemory = FullCollection();
        output.WriteLine($"{Creates} creates + {Streams} streams in {clock.Elapsed.TotalSeconds:F1} s; " +
            $"gateway peak streams {emulator.GetMaxConcurrentStreams(key)}; thread pool {startThreads} -> max {maxThreads} threads; " +
            $"heap after full GC {startMemory / 1024} KiB -> {endMemory / 1024} KiB ({(endMemory - startMemory) / 1024:+#;-#;0} KiB, emulator state included)");

        // The emulator keeps its 1,000 predictions; a client leak per call (a response, a buffer, a lease) would add
        // far more than this.
        Assert.True(endMemory - startMemory < 16 * 1024 * 1024, $"Heap grew by {(endMemory - startMemory) / 1024} KiB.");
    }

    private static ImageInput Image(int i) => new() { Prompt = $"frame {i}", Width = 512, Height = 512, NumInferenceSteps = 4 };

    private static async Task<Exception?> Outcome<T>(Task<T> call)
    {
        try
        {
            await call;
            return null;
        }
        catch (Exception error)
        {
            return error;
        }
    }

    private static long FullCollection()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
