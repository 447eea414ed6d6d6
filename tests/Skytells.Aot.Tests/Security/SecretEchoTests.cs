using System.Collections;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;
using System.Text;
using Skytells.Emulator;
using Skytells.Tests.Diagnostics;
using Skytells.Tests.Integration;

namespace Skytells.Tests.Security;

/// <summary>
/// A server that echoes the API key everywhere it can: in every error field, header, location, content type, stream
/// event and prediction. Every failure kind is triggered, and every string the library produced (messages, error
/// fields, <c>ToString()</c> with inner exceptions, <c>Exception.Data</c>, span tags and status, metric tags) is
/// scanned for the key.
/// </summary>
[Collection(nameof(SerialTelemetryTests))]
public sealed class SecretEchoTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task No_failure_carries_the_key_even_when_the_server_echoes_it()
    {
        var key = fixture.NewKey();
        var texts = new List<string>();
        using var spans = ListenToSpans(texts);
        using var metrics = ListenToMetrics(texts);
        var failures = new List<Exception>();
        var options = fixture.Options(key);
        options.Retry.MaxRetries = 1;
        using var client = new SkytellsClient(options);

        foreach (var (fault, call) in Cases(key, client))
        {
            fixture.Emulator.ClearFaults();
            fixture.Emulator.InjectFault(fault);
            var failure = await Record(call);
            Assert.True(failure is SkytellsException, $"{fault} ended in {failure?.GetType().Name ?? "success"}: {failure}");
            failures.Add(failure!);
        }

        fixture.Emulator.ClearFaults();

        // Failures that are not answers at all: a wait that ends failed or too late on a prediction named by the key.
        failures.Add((await Record(() => client.Predictions.WaitAsync(EchoPrediction(key, PredictionStatus.Failed), cancellationToken: TestContext.Token)))!);
        failures.Add((await Record(() => client.Predictions.WaitAsync(EchoPrediction(key, PredictionStatus.Processing), new PredictionWaitOptions { MaxWait = TimeSpan.Zero }, TestContext.Token)))!);

        Assert.All(failures, f => Assert.IsAssignableFrom<SkytellsException>(f));
        foreach (var failure in failures)
        {
            texts.AddRange(Texts(failure));
        }

        Assert.True(texts.Count > 100, $"Only {texts.Count} strings were scanned.");
        var leaks = texts.Where(t => t.Contains(key, StringComparison.Ordinal) || t.Contains(Uri.EscapeDataString(key), StringComparison.Ordinal)).ToList();
        Assert.True(leaks.Count == 0, "The key leaked into:\n" + string.Join("\n---\n", leaks.Select(l => l.Replace(key, "<KEY>", StringComparison.Ordinal))));

        // The scan is not vacuous: the server really did echo the key to the client.
        Assert.Contains(texts, t => t.Contains("[redacted]", StringComparison.Ordinal));
    }

    private static IEnumerable<(EmulatorFault Fault, Func<Task> Call)> Cases(string key, SkytellsClient client)
    {
        var envelope = Encoding.UTF8.GetBytes("""{"status":false,"response":"KEY","error":{"http_status":401,"message":"bad key KEY","error_id":"KEY","type":"KEY","code":"KEY","param":"KEY","request_id":"KEY","details":{"KEY":"KEY"}}}""".Replace("KEY", key, StringComparison.Ordinal));
        var headers = new Dictionary<string, string> { ["x-request-id"] = key };
        Func<Task> get = () => client.Predictions.GetAsync("some-id", TestContext.Token);
        Func<Task> create = () => client.Predictions.CreateAsync(SkytellsModels.TrueFusion, new ImageInput { Prompt = "x" }, cancellationToken: TestContext.Token);
        Func<Task> stream = () => client.Chat.StreamAsync(new ChatCompletionRequest { Model = SkytellsModels.DeepBrainRouter, Messages = [ChatMessage.User("hi there")] }, cancellationToken: TestContext.Token).ToCompletionAsync(TestContext.Token);
        Func<Task> complete = () => client.Chat.CompleteAsync(new ChatCompletionRequest { Model = SkytellsModels.DeepBrainRouter, Messages = [ChatMessage.User("hi there")] }, TestContext.Token);

        foreach (var status in (int[])[400, 401, 402, 403, 404, 422, 429, 500, 503])
        {
            foreach (var call in (Func<Task>[])[get, create, stream, complete])
            {
                yield return (WithHeaders(new EmulatorFault { ApiKey = key, Times = 10, BodyStatusCode = status, Body = envelope }, headers), call);
            }

            yield return (WithHeaders(new EmulatorFault { ApiKey = key, Times = 10, StatusCode = status, ErrorId = key, Message = $"echo {key}" }, headers), get);
        }

        foreach (var call in (Func<Task>[])[get, create, stream])
        {
            // A redirect pointing at a URL that carries the key, raw and escaped.
            yield return (WithHeaders(new EmulatorFault { ApiKey = key, RedirectStatusCode = 307, RedirectLocation = $"http://127.0.0.1:9/steal?k={key}&e={Uri.EscapeDataString(key)}" }, headers), call);

            // Unreadable bodies that quote the key: cut JSON, the key as a property name at depth (JsonException paths), HTML.
            yield return (WithHeaders(new EmulatorFault { ApiKey = key, Body = Encoding.UTF8.GetBytes($$"""{"id":"{{key}}","status":"{{key}}","output":[""") }, headers), call);
            yield return (WithHeaders(new EmulatorFault { ApiKey = key, Body = Encoding.UTF8.GetBytes($$"""{"id":"x","{{key}}":{{new string('[', 100)}}1{{new string(']', 100)}}}""") }, headers), call);
            yield return (WithHeaders(new EmulatorFault { ApiKey = key, Times = 10, BodyStatusCode = 502, BodyContentType = "text/html", Body = Encoding.UTF8.GetBytes($"<html><body>{key}</body></html>") }, headers), call);
            yield return (WithHeaders(new EmulatorFault { ApiKey = key, BodyContentType = $"text/{key}", Body = Encoding.UTF8.GetBytes(key) }, headers), call);
            yield return (WithHeaders(new EmulatorFault { ApiKey = key, Body = Encoding.UTF8.GetBytes(key), BodyRepeat = 1_000_000 }, headers), call);
        }

        // Stream events that echo it: an error event, an error envelope in a data event, an unreadable event, an oversized one.
        foreach (var events in (string[])[
            $"event: error\ndata: {{\"error\":{{\"message\":\"{key}\",\"type\":\"{key}\",\"code\":\"{key}\",\"status\":429}}}}\n\n",
            $"data: {{\"error\":{{\"message\":\"{key}\",\"error_id\":\"{key}\",\"request_id\":\"{key}\"}}}}\n\n",
            $"data: {{\"id\":\"{key}\",\"choices\":\"{key}\"}}\n\n",
            $"data: {key}{new string('x', 2 * 1024 * 1024)}\n\n",
        ])
        {
            yield return (WithHeaders(new EmulatorFault { ApiKey = key, BodyContentType = "text/event-stream", Body = Encoding.UTF8.GetBytes(events) }, headers), stream);
        }

        // A completion whose model names the key reaches the gen_ai.response.model metric tag; then a 404 ends the case.
        yield return (WithHeaders(new EmulatorFault { ApiKey = key, Body = Encoding.UTF8.GetBytes($$$"""{"id":"c","model":"{{{key}}}","choices":[{"index":0,"message":{"role":"assistant","content":"hi"}}]}""") }, headers),
            async () =>
            {
                await complete();
                await get();
            });
    }

    private static EmulatorFault WithHeaders(EmulatorFault fault, Dictionary<string, string> headers)
    {
        foreach (var (name, value) in headers)
        {
            fault.ResponseHeaders[name] = value;
        }

        return fault;
    }

    private static Prediction EchoPrediction(string key, PredictionStatus status) =>
        new() { Id = $"id-{key}", Status = status, Error = $"failed because {key}", Urls = new PredictionUrls { Get = new Uri($"http://127.0.0.1:9/{key}") } };

    private static async Task<Exception?> Record(Func<Task> call)
    {
        try
        {
            await call();
            return null;
        }
        catch (Exception error)
        {
            return error;
        }
    }

    /// <summary>Every string an exception exposes: message, ToString, each public string property and Data, down the inner chain.</summary>
    private static IEnumerable<string> Texts(Exception exception)
    {
        yield return exception.ToString();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            yield return current.Message;
            foreach (var property in current.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                // A failed or last-seen prediction is the server's data, handed back as it came: not the library's text.
                if (property.GetIndexParameters().Length == 0 && property.Name != nameof(Exception.StackTrace)
                    && property.GetValue(current) is { } value and not Exception and not Prediction)
                {
                    yield return value.ToString() ?? string.Empty;
                }
            }

            foreach (DictionaryEntry entry in current.Data)
            {
                yield return $"{entry.Key}={entry.Value}";
            }
        }
    }

    private static ActivityListener ListenToSpans(List<string> texts)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SkytellsTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (texts)
                {
                    texts.Add($"{activity.OperationName} {activity.DisplayName} {activity.StatusDescription}");
                    texts.AddRange(activity.TagObjects.Select(t => $"{t.Key}={t.Value}"));
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }

    private static MeterListener ListenToMetrics(List<string> texts)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == SkytellsTelemetry.Name)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        void Collect(ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            lock (texts)
            {
                foreach (var tag in tags)
                {
                    texts.Add($"{tag.Key}={tag.Value}");
                }
            }
        }

        listener.SetMeasurementEventCallback<double>((_, _, tags, _) => Collect(tags));
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) => Collect(tags));
        listener.Start();
        return listener;
    }
}
