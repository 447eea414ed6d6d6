using System.Diagnostics;
using System.Diagnostics.Metrics;
using Skytells.Emulator;
using Skytells.Tests.Integration;

namespace Skytells.Tests.Diagnostics;

// Listeners are process-wide: these tests filter what they collect by the key each test uses.
[Collection(nameof(SerialTelemetryTests))]
public sealed class TelemetryTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Each_http_call_is_a_span_and_a_duration_measurement_tagged_with_gateway_operation_model_and_status()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var measurements = new List<(double Value, Dictionary<string, object?> Tags)>();
        var activities = new List<Activity>();
        using var meter = Listen("skytells.client.request.duration", (value, tags) => measurements.Add((value, tags)));
        using var activityListener = ListenActivities(activities);

        var created = await client.Edge.Predictions.CreateAsync(SkytellsModels.TrueFusionEdge, new ImageInput { Prompt = "a" }, cancellationToken: TestContext.Token);
        await client.Predictions.WaitAsync(created.Id, EmulatorFixture.FastWait, TestContext.Token);

        var create = Assert.Single(measurements, m => (string?)m.Tags["skytells.operation"] == "predictions.create" && (string?)m.Tags["gen_ai.request.model"] == SkytellsModels.TrueFusionEdge && (string?)m.Tags["skytells.gateway"] == "edge");
        Assert.Equal(200, create.Tags["http.response.status_code"]);
        Assert.True(create.Value > 0);
        Assert.Contains(measurements, m => (string?)m.Tags["skytells.operation"] == "predictions.get");
        Assert.Contains(activities, a => a.OperationName == "predictions.create" && (string?)a.GetTagItem("gen_ai.request.model") == SkytellsModels.TrueFusionEdge && (string?)a.GetTagItem("skytells.gateway") == "edge");
        Assert.Contains(activities, a => a.OperationName == "predictions.wait" && (string?)a.GetTagItem("skytells.prediction.id") == created.Id);
    }

    [Fact]
    public async Task Retries_and_edge_guard_rejections_are_counted()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        long retries = 0, rejections = 0;
        using var retryListener = Listen("skytells.client.retries", (value, _) => Interlocked.Add(ref retries, (long)value));
        using var guardListener = Listen("skytells.client.edge_guard.rejections", (value, tags) =>
        {
            if ((string?)tags["gen_ai.request.model"] == SkytellsModels.BeatFusion20)
            {
                Interlocked.Add(ref rejections, (long)value);
            }
        });

        var created = await client.Predictions.CreateAsync(SkytellsModels.TrueFusion, new ImageInput { Prompt = "a" }, cancellationToken: TestContext.Token);
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, Method = "GET", StatusCode = 503, Times = 2 });
        await client.Predictions.GetAsync(created.Id, TestContext.Token);
        await Assert.ThrowsAsync<SkytellsEdgeNotSupportedException>(() =>
            client.Edge.Predictions.CreateAsync(SkytellsModels.BeatFusion20, new MusicInput { Lyrics = "la" }, cancellationToken: TestContext.Token));

        Assert.True(Interlocked.Read(ref retries) >= 2);
        Assert.Equal(1, Interlocked.Read(ref rejections));
    }

    [Fact]
    public async Task Streams_record_time_to_first_token_and_limiters_count_their_waits()
    {
        var key = fixture.NewKey();
        var options = fixture.Options(key);
        options.StandardRateLimits = new SkytellsRateLimitOptions { RequestLimiter = new System.Threading.RateLimiting.ConcurrencyLimiter(new() { PermitLimit = 1, QueueLimit = 10 }) };
        using var client = new SkytellsClient(options);
        var firstTokens = new List<double>();
        long waits = 0;
        using var ttft = Listen("gen_ai.client.time_to_first_token", (value, tags) =>
        {
            if ((string?)tags["gen_ai.request.model"] == SkytellsModels.Gpt5Nano)
            {
                lock (firstTokens)
                {
                    firstTokens.Add(value);
                }
            }
        });
        using var waitListener = Listen("skytells.client.rate_limit.waits", (value, _) => Interlocked.Add(ref waits, (long)value));

        var request = new ChatCompletionRequest { Model = SkytellsModels.Gpt5Nano, Messages = [ChatMessage.User("hello there")] };
        await Task.WhenAll(
            client.Chat.StreamAsync(request, cancellationToken: TestContext.Token).ToCompletionAsync(TestContext.Token),
            client.Chat.StreamAsync(request, cancellationToken: TestContext.Token).ToCompletionAsync(TestContext.Token),
            client.Chat.StreamAsync(request, cancellationToken: TestContext.Token).ToCompletionAsync(TestContext.Token));

        Assert.Equal(3, firstTokens.Count);
        Assert.All(firstTokens, t => Assert.True(t > 0));
        Assert.True(Interlocked.Read(ref waits) >= 1);
    }

    private static MeterListener Listen(string instrument, Action<double, Dictionary<string, object?>> onMeasurement)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (i, l) =>
            {
                if (i.Meter.Name == SkytellsTelemetry.Name && i.Name == instrument)
                {
                    l.EnableMeasurementEvents(i);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) => onMeasurement(value, ToDictionary(tags)));
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) => onMeasurement(value, ToDictionary(tags)));
        listener.Start();
        return listener;
    }

    private static ActivityListener ListenActivities(List<Activity> activities)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SkytellsTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (activities)
                {
                    activities.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }

    private static Dictionary<string, object?> ToDictionary(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            result[tag.Key] = tag.Value;
        }

        result.TryAdd("skytells.operation", null);
        result.TryAdd("gen_ai.request.model", null);
        result.TryAdd("skytells.gateway", null);
        result.TryAdd("http.response.status_code", null);
        return result;
    }
}

[CollectionDefinition(nameof(SerialTelemetryTests), DisableParallelization = true)]
public sealed class SerialTelemetryTests;
