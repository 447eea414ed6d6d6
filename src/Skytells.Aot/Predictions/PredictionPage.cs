namespace Skytells;

/// <summary>One page of a prediction listing.</summary>
public sealed class PredictionPage
{
    /// <summary>The predictions on this page, newest first.</summary>
    public required IReadOnlyList<Prediction> Items { get; init; }

    /// <summary>This page's number (1-based).</summary>
    public int CurrentPage { get; init; } = 1;

    /// <summary>Page size used by the server.</summary>
    public int? PerPage { get; init; }

    /// <summary>Total predictions matching the filters, when the server says.</summary>
    public int? Total { get; init; }

    /// <summary>Number of the last page, when the server says.</summary>
    public int? LastPage { get; init; }

    /// <summary>Whether a further page exists.</summary>
    public bool HasMore => LastPage is { } last ? CurrentPage < last : Items.Count > 0 && PerPage is { } size && Items.Count >= size;
}
