namespace Skytells;

/// <summary>Filters and paging of <see cref="PredictionsClient.ListAsync(PredictionListOptions?, CancellationToken)"/>.</summary>
public sealed class PredictionListOptions
{
    /// <summary>The first page to read (1-based). Default 1.</summary>
    public int Page { get; set; } = 1;

    /// <summary>Predictions per page (the server allows 1-50; default is the server's, 20).</summary>
    public int? PerPage { get; set; }

    /// <summary>Only predictions of this model.</summary>
    public string? Model { get; set; }

    /// <summary>Only predictions in this state.</summary>
    public PredictionStatus? Status { get; set; }

    /// <summary>Only predictions created on or after this day.</summary>
    public DateOnly? From { get; set; }

    /// <summary>Only predictions created on or before this day.</summary>
    public DateOnly? To { get; set; }
}
