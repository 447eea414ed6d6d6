using System.Text.Json;
using System.Text.Json.Serialization;

namespace Skytells;

/// <summary>
/// A prediction as the API returns it. Every documented field is typed; fields this release does not know are kept
/// in <see cref="AdditionalProperties"/>.
/// </summary>
/// <remarks>
/// The input echo and unknown fields are kept as the bytes received and parsed on first read; the rest is read when
/// the answer arrives. Reading a prediction from several threads is safe; changing it while others read is not.
/// </remarks>
[JsonConverter(typeof(PredictionConverter))]
public sealed class Prediction
{
    private DeferredElement _input;
    private DeferredMembers _unknown;
    private long _createdTicks;
    private long _startedTicks;
    private long _completedTicks;
    private long _updatedTicks;
    private short _createdOffset;
    private short _startedOffset;
    private short _completedOffset;
    private short _updatedOffset;

    /// <summary>The prediction id.</summary>
    public string Id { get => field ?? ""; set; }

    /// <summary>The lifecycle state.</summary>
    public PredictionStatus Status { get; set; }

    /// <summary>True once the prediction succeeded, failed or was cancelled.</summary>
    [JsonIgnore]
    public bool IsTerminal => Status.IsTerminal();

    /// <summary><c>inference</c> or <c>training</c>.</summary>
    public string? Type { get; set; }

    /// <summary>Whether streaming was requested.</summary>
    public bool? Stream { get; set; }

    /// <summary>The model that serves the prediction.</summary>
    [JsonConverter(typeof(PredictionModelConverter))]
    public PredictionModel? Model { get; set; }

    /// <summary>The input as echoed by the server.</summary>
    public JsonElement? Input { get => _input.Get(); set => _input.Set(value); }

    /// <summary>The output, always as a list (a single string from the server becomes a one-item list; empty until there is output).</summary>
    [JsonConverter(typeof(PredictionOutputConverter))]
    public IReadOnlyList<string> Output { get => field ?? []; set; }

    /// <summary>Failure text (the <c>response</c> field); null unless the prediction failed.</summary>
    public string? Response { get; set; }

    /// <summary>Failure text (the <c>error</c> field); null unless the prediction failed.</summary>
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Error { get; set; }

    /// <summary>When the prediction was created.</summary>
    public DateTimeOffset? CreatedAt { get => PackedTimestamp.Unpack(_createdTicks, _createdOffset); set => PackedTimestamp.Pack(value, out _createdTicks, out _createdOffset); }

    /// <summary>When processing started.</summary>
    public DateTimeOffset? StartedAt { get => PackedTimestamp.Unpack(_startedTicks, _startedOffset); set => PackedTimestamp.Pack(value, out _startedTicks, out _startedOffset); }

    /// <summary>When the prediction reached a terminal state.</summary>
    public DateTimeOffset? CompletedAt { get => PackedTimestamp.Unpack(_completedTicks, _completedOffset); set => PackedTimestamp.Pack(value, out _completedTicks, out _completedOffset); }

    /// <summary>When the prediction last changed.</summary>
    public DateTimeOffset? UpdatedAt { get => PackedTimestamp.Unpack(_updatedTicks, _updatedOffset); set => PackedTimestamp.Pack(value, out _updatedTicks, out _updatedOffset); }

    /// <summary><c>private</c> or <c>public</c>.</summary>
    public string? Privacy { get; set; }

    /// <summary>Where the prediction was created: <c>api</c>, <c>cli</c>, <c>web</c> or <c>dashboard</c>.</summary>
    public string? Source { get; set; }

    /// <summary>The webhook registered for it.</summary>
    public PredictionWebhookInfo? Webhook { get; set; }

    /// <summary>Timing and progress figures.</summary>
    public PredictionMetrics? Metrics { get; set; }

    /// <summary>Billing and storage information.</summary>
    public PredictionMetadata? Metadata { get; set; }

    /// <summary>Absolute URLs of the prediction's operations.</summary>
    public PredictionUrls? Urls { get; set; }

    /// <summary>Fields this release does not know, kept as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get => _unknown.Get(); set => _unknown.Set(value); }

    /// <summary>Keeps the received input echo and unknown fields for reading on demand.</summary>
    internal void Receive(RawJson input, RawJson unknown)
    {
        _input = new DeferredElement(input);
        _unknown = new DeferredMembers(unknown);
    }

    /// <inheritdoc />
    public override string ToString() => $"Prediction {Id} ({Status}, {Model?.Name ?? "unknown model"})";
}
