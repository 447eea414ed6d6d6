using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Skytells;

/// <summary>
/// Measures latency on each gateway with identical sequential requests ("Measuring improvement" in the Edge guide):
/// the create call, or with <see cref="LatencyProbeOptions.WaitForCompletion"/> the time until the result is ready.
/// </summary>
public static class LatencyProbe
{
    /// <summary>Runs <see cref="LatencyProbeOptions.Iterations"/> creates per gateway and summarises them. Failed requests are counted, not timed.</summary>
    public static async Task<LatencyReport> MeasureAsync(SkytellsClient client, LatencyProbeOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        options ??= new LatencyProbeOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Iterations);

        var results = new List<LatencyStatistics>();
        foreach (var gateway in options.Gateways.Distinct())
        {
            var predictions = gateway == SkytellsGateway.Edge ? client.Edge.Predictions : client.Standard.Predictions;
            var samples = new List<TimeSpan>(options.Iterations);
            var failures = 0;
            for (var i = 0; i < options.Iterations; i++)
            {
                var input = (JsonObject?)options.Input?.DeepClone() ?? DefaultInput();
                var started = Stopwatch.GetTimestamp();
                try
                {
                    var created = await predictions.CreateAsync(options.Model, input, cancellationToken: cancellationToken).ConfigureAwait(false);
                    if (options.WaitForCompletion)
                    {
                        await predictions.WaitAsync(created, new PredictionWaitOptions { PollInterval = options.PollInterval }, cancellationToken).ConfigureAwait(false);
                    }

                    samples.Add(Stopwatch.GetElapsedTime(started));
                }
                catch (SkytellsException)
                {
                    failures++;
                }
            }

            results.Add(new LatencyStatistics(gateway, samples, failures));
        }

        return new LatencyReport(results);
    }

    private static JsonObject DefaultInput() => new()
    {
        ["prompt"] = "test",
        ["width"] = 512,
        ["height"] = 512,
        ["num_inference_steps"] = 4,
    };
}
