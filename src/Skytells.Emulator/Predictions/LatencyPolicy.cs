namespace Skytells.Emulator.Predictions;

/// <summary>How long a prediction of a model takes from creation to its terminal status.</summary>
internal sealed class LatencyPolicy
{
    private readonly double _timeScale;
    private readonly Dictionary<string, TimeSpan> _overrides;

    public LatencyPolicy(double timeScale, IEnumerable<KeyValuePair<string, TimeSpan>> overrides)
    {
        _timeScale = timeScale;
        _overrides = new Dictionary<string, TimeSpan>(overrides, StringComparer.Ordinal);
    }

    /// <summary>A per-model override is taken as is; only the defaults are scaled by <see cref="EmulatorOptions.TimeScale"/>.</summary>
    public TimeSpan For(EmulatedModel model, EmulatorGateway gateway) =>
        _overrides.TryGetValue(model.Id, out var latency) ? latency : Default(model, gateway) * _timeScale;

    /// <summary>Defaults scaled from the Edge guide: Edge image models well under its 1.5 s average on Edge.</summary>
    internal static TimeSpan Default(EmulatedModel model, EmulatorGateway gateway) => model.Kind switch
    {
        ModelKindName.Image when gateway == EmulatorGateway.Edge && model.SupportsEdge => TimeSpan.FromMilliseconds(300),
        ModelKindName.Image when IsHighQuality(model.Id) => TimeSpan.FromSeconds(3),
        ModelKindName.Image => TimeSpan.FromSeconds(1.5),
        ModelKindName.Video => TimeSpan.FromSeconds(8),
        ModelKindName.Audio => TimeSpan.FromSeconds(5),
        _ => TimeSpan.FromSeconds(1),
    };

    // Final-render tiers (truefusion-pro, truefusion-ultra, FLUX.2-pro, ...) are the slow image models.
    private static bool IsHighQuality(string modelId) =>
        modelId.Contains("pro", StringComparison.OrdinalIgnoreCase) || modelId.Contains("ultra", StringComparison.OrdinalIgnoreCase);
}
