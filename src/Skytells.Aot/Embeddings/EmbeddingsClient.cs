namespace Skytells;

/// <summary>Embeddings (<c>POST /embeddings</c>, OpenAI-compatible) on one gateway.</summary>
public sealed class EmbeddingsClient
{
    private readonly SkytellsTransport _transport;

    internal EmbeddingsClient(SkytellsTransport transport, SkytellsGateway gateway)
    {
        _transport = transport;
        Gateway = gateway;
    }

    /// <summary>The gateway embeddings requests are sent to.</summary>
    public SkytellsGateway Gateway { get; }

    /// <summary>Embeds one text; the vector is <see cref="EmbeddingResult.Vector"/>.</summary>
    /// <exception cref="SkytellsEdgeNotSupportedException">The model is known not to support Edge and this client is bound to Edge.</exception>
    public Task<EmbeddingResult> CreateAsync([ModelId] string model, string input, EmbeddingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CreateCoreAsync(model, [input], single: true, options, cancellationToken);
    }

    /// <summary>Embeds several texts in one request; the vectors come back in the order of <paramref name="inputs"/>.</summary>
    /// <exception cref="SkytellsEdgeNotSupportedException">The model is known not to support Edge and this client is bound to Edge.</exception>
    public Task<EmbeddingResult> CreateAsync([ModelId] string model, IReadOnlyList<string> inputs, EmbeddingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count == 0)
        {
            throw new ArgumentException("An embeddings request needs at least one input.", nameof(inputs));
        }

        foreach (var input in inputs)
        {
            ArgumentNullException.ThrowIfNull(input, nameof(inputs));
        }

        return CreateCoreAsync(model, inputs, single: false, options, cancellationToken);
    }

    private async Task<EmbeddingResult> CreateCoreAsync(string model, IReadOnlyList<string> inputs, bool single, EmbeddingOptions? options, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        if (options?.Dimensions is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Dimensions must be positive.");
        }

        var gateway = EdgeGuard.Resolve(Gateway, model, _transport.Options);
        var request = new SkytellsRequest
        {
            Method = HttpMethod.Post,
            Uri = _transport.BuildUri(gateway, "/embeddings"),
            Gateway = gateway,
            Operation = "embeddings.create",
            Body = EmbeddingRequestBody.Write(model, inputs, single, options ?? new EmbeddingOptions()),

            // Reading is billed once accepted: retried only on answers proving it was not.
            IsIdempotent = false,
            Model = model,
        };
        using var response = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return _transport.ReadJson(response, inputs.Count, static (json, expected) => EmbeddingResultReader.Read(json, expected), request.Operation);
    }
}
