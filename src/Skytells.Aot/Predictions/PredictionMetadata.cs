namespace Skytells;

/// <summary>Billing and storage information of a prediction.</summary>
public sealed class PredictionMetadata
{
    /// <summary>What the prediction cost.</summary>
    public PredictionBilling? Billing { get; set; }

    /// <summary>The stored output files.</summary>
    public PredictionStorage? Storage { get; set; }

    /// <summary>Whether the output can still be downloaded.</summary>
    public bool? DataAvailable { get; set; }
}

/// <summary>Billing information of a prediction.</summary>
public sealed class PredictionBilling
{
    /// <summary>Credits charged.</summary>
    public double? CreditsUsed { get; set; }
}

/// <summary>Stored output files of a prediction.</summary>
public sealed class PredictionStorage
{
    /// <summary>The files.</summary>
    public IReadOnlyList<PredictionFile> Files { get => field ?? []; set; }
}

/// <summary>One stored output file.</summary>
public sealed class PredictionFile
{
    /// <summary>File name.</summary>
    public string? Name { get; set; }

    /// <summary>Media type.</summary>
    public string? Type { get; set; }

    /// <summary>Size in bytes.</summary>
    public long? Size { get; set; }

    /// <summary>Download URL.</summary>
    public string? Url { get; set; }
}
