using System.Text.Json.Serialization;

namespace Skytells;

/// <summary>
/// The lifecycle state of a prediction. The server's spelling variants are folded: <c>queued</c> reads as
/// <see cref="Pending"/>, <c>started</c>/<c>starting</c> as <see cref="Starting"/>, <c>canceled</c> as <see cref="Cancelled"/>.
/// </summary>
[JsonConverter(typeof(PredictionStatusConverter))]
public enum PredictionStatus
{
    /// <summary>A status word this release does not know; the prediction is treated as still running.</summary>
    Unknown = 0,

    /// <summary>Accepted and queued (<c>pending</c> or <c>queued</c>).</summary>
    Pending,

    /// <summary>Being started (<c>starting</c> or <c>started</c>).</summary>
    Starting,

    /// <summary>Running.</summary>
    Processing,

    /// <summary>Finished with output.</summary>
    Succeeded,

    /// <summary>Finished with an error.</summary>
    Failed,

    /// <summary>Cancelled (<c>cancelled</c> or <c>canceled</c>).</summary>
    Cancelled,
}
