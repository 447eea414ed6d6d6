namespace Skytells;

/// <summary>Wire shape of <c>GET /predictions</c> when the server pages (<c>{data, pagination}</c>).</summary>
internal sealed class PredictionListResponse
{
    public List<Prediction>? Data { get; init; }

    public PaginationInfo? Pagination { get; init; }
}

/// <summary>Wire shape of the list pagination block.</summary>
internal sealed class PaginationInfo
{
    public int? CurrentPage { get; init; }

    public int? PerPage { get; init; }

    public int? Total { get; init; }

    public int? LastPage { get; init; }
}
