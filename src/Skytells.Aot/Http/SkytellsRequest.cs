namespace Skytells;

/// <summary>One logical API call: what to send, where, and how it may be retried.</summary>
/// <remarks>A struct: it is built once per call and only read afterwards, so it need not cost an allocation.</remarks>
internal readonly struct SkytellsRequest
{
    public SkytellsRequest()
    {
    }

    public required HttpMethod Method { get; init; }

    public required Uri Uri { get; init; }

    public required SkytellsGateway Gateway { get; init; }

    /// <summary>A short operation name for messages and telemetry (<c>predictions.create</c>...).</summary>
    public required string Operation { get; init; }

    /// <summary>The JSON body; kept as bytes so every retry sends exactly the same request.</summary>
    public byte[]? Body { get; init; }

    /// <summary>
    /// False for calls that create something billable: they are retried only on answers proving the server did not
    /// accept them, never after a response that may follow accepted work.
    /// </summary>
    public bool IsIdempotent { get; init; } = true;

    /// <summary>The model sent, so a server 422 can name it.</summary>
    public string? Model { get; init; }
}
