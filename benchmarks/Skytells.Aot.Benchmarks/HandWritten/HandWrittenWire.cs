namespace Skytells.Benchmarks.HandWritten;

// The minimal wire types a careful engineer would declare: only the fields the call site reads or sends.
// Unknown JSON fields are skipped by the serializer, so the canned answers' extra fields cost only tokenising.

/// <summary>POST /v1/predictions body.</summary>
public sealed class CreatePredictionBody
{
    public required string Model { get; init; }

    public required ImageParameters Input { get; init; }
}

/// <summary>The image input the benchmarks send.</summary>
public sealed class ImageParameters
{
    public required string Prompt { get; init; }

    public int Width { get; init; }

    public int Height { get; init; }
}

/// <summary>The prediction fields a caller reads: id, status, output URLs and where to poll.</summary>
public sealed class PredictionResult
{
    public string? Id { get; init; }

    public string? Status { get; init; }

    public List<string>? Output { get; init; }

    public PredictionLinks? Urls { get; init; }
}

/// <summary>The prediction's <c>urls</c>; only <c>get</c> is used (for polling).</summary>
public sealed class PredictionLinks
{
    public string? Get { get; init; }
}
