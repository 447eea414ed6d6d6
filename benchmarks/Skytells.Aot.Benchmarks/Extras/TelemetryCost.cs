using System.Diagnostics;
using System.Diagnostics.Metrics;
using Skytells.Benchmarks.Canned;
using Skytells.Benchmarks.Pairs;

namespace Skytells.Benchmarks.Extras;

/// <summary>GET prediction with an activity listener and a meter listener attached to the library's telemetry.</summary>
public sealed class TelemetryCost : IFeatureCost
{
    private readonly SkytellsClient _client = LibraryFixture.Client;

    public string Operation => "get prediction, telemetry listened to";

    public string Buys => "a span per try and the request/duration/retry metrics, with gateway, operation and status tags";

    public Task RunHandWrittenAsync() => _client.Predictions.GetAsync(CannedBodies.PredictionId);

    public Task RunLibraryAsync() => _client.Predictions.GetAsync(CannedBodies.PredictionId);

    public IDisposable Enable() => new Listeners();

    /// <summary>What an OpenTelemetry exporter would attach: every span recorded, every instrument measured.</summary>
    private sealed class Listeners : IDisposable
    {
        private readonly ActivityListener _activities = new()
        {
            ShouldListenTo = source => source.Name == SkytellsTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };

        private readonly MeterListener _meters = new();

        public Listeners()
        {
            ActivitySource.AddActivityListener(_activities);
            _meters.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == SkytellsTelemetry.Name)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _meters.SetMeasurementEventCallback<long>(static (_, _, _, _) => { });
            _meters.SetMeasurementEventCallback<double>(static (_, _, _, _) => { });
            _meters.SetMeasurementEventCallback<int>(static (_, _, _, _) => { });
            _meters.Start();
        }

        public void Dispose()
        {
            _meters.Dispose();
            _activities.Dispose();
        }
    }
}
