namespace Skytells;

/// <summary>Absolute URLs of a prediction's operations; the client prefers them over building paths.</summary>
public sealed class PredictionUrls
{
    /// <summary>GET the prediction.</summary>
    public Uri? Get { get; init; }

    /// <summary>Cancel the prediction.</summary>
    public Uri? Cancel { get; init; }

    /// <summary>Stream metadata of the prediction.</summary>
    public Uri? Stream { get; init; }

    /// <summary>Delete the prediction.</summary>
    public Uri? Delete { get; init; }
}
