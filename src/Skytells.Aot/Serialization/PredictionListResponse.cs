namespace Skytells;

/// <summary>Wire shape of <c>GET /predictions</c> when the server pages (<c>{data, pagination}</c>).</summary>
internal sealed class PredictionListResponse
{
    public List<Prediction>? Data { get; set; }

    public PaginationInfo? Pagination { get; set; }
}

/// <summary>Wire shape of the list pagination block.</summary>
internal sealed class PaginationInfo
{
    public int? CurrentPage { get; set; }

    public int? PerPage { get; set; }

    public int? Total { get; set; }

    public int? LastPage { get; set; }
}
