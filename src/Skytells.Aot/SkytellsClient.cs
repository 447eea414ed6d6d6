namespace Skytells;

/// <summary>
/// Client of the Skytells API. One instance holds one <see cref="HttpClient"/>, one API key and one set of options;
/// <see cref="Edge"/> and <see cref="Standard"/> are views of it bound to one gateway. Thread-safe; create one and reuse it.
/// </summary>
public sealed class SkytellsClient : IDisposable
{
    private readonly SkytellsTransport _transport;
    private readonly SkytellsClient? _root;
    private SkytellsClient? _edgeView;
    private SkytellsClient? _standardView;

    /// <summary>Creates a client. A supplied <paramref name="httpClient"/> (for example from IHttpClientFactory) is used as is and never disposed.</summary>
    /// <exception cref="SkytellsConfigurationException">The options lack an API key or hold an invalid endpoint.</exception>
    public SkytellsClient(SkytellsClientOptions options, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var snapshot = options.Snapshot();
        snapshot.Validate();
        _transport = new SkytellsTransport(snapshot, httpClient);
        Gateway = snapshot.Gateway;
        Predictions = new PredictionsClient(_transport, Gateway);
        Chat = new ChatClient(_transport, Gateway);
        Models = new ModelsClient(_transport, Gateway);
        Embeddings = new EmbeddingsClient(_transport, Gateway);
    }

    /// <summary>Creates a client for <paramref name="apiKey"/> bound to <paramref name="gateway"/>, with default options.</summary>
    public SkytellsClient(string apiKey, SkytellsGateway gateway = SkytellsGateway.Standard)
        : this(new SkytellsClientOptions { ApiKey = apiKey, Gateway = gateway })
    {
    }

    private SkytellsClient(SkytellsClient root, SkytellsGateway gateway)
    {
        _root = root;
        _transport = root._transport;
        Gateway = gateway;
        Predictions = new PredictionsClient(_transport, gateway);
        Chat = new ChatClient(_transport, gateway);
        Models = new ModelsClient(_transport, gateway);
        Embeddings = new EmbeddingsClient(_transport, gateway);
    }

    /// <summary>The gateway this client sends to.</summary>
    public SkytellsGateway Gateway { get; }

    /// <summary>This client bound to the Edge gateway (same HttpClient, key and options).</summary>
    [EdgeGateway]
    public SkytellsClient Edge => Gateway == SkytellsGateway.Edge ? this : Root.GetView(SkytellsGateway.Edge);

    /// <summary>This client bound to the Standard gateway (same HttpClient, key and options).</summary>
    public SkytellsClient Standard => Gateway == SkytellsGateway.Standard ? this : Root.GetView(SkytellsGateway.Standard);

    /// <summary>Predictions on this client's gateway.</summary>
    public PredictionsClient Predictions { get; }

    /// <summary>Chat completions on this client's gateway.</summary>
    public ChatClient Chat { get; }

    /// <summary>The models this client's gateway serves.</summary>
    public ModelsClient Models { get; }

    /// <summary>Embeddings on this client's gateway.</summary>
    public EmbeddingsClient Embeddings { get; }

    /// <summary>The options in effect (a copy taken at construction; changing it has no effect).</summary>
    internal SkytellsClientOptions Options => _transport.Options;

    private SkytellsClient Root => _root ?? this;

    /// <summary>Creates a client from <c>SKYTELLS_API_KEY</c> and <c>SKYTELLS_USE_EDGE</c> (see <see cref="SkytellsClientOptions.FromEnvironment()"/>).</summary>
    /// <exception cref="SkytellsConfigurationException"><c>SKYTELLS_API_KEY</c> is not set.</exception>
    public static SkytellsClient FromEnvironment() => new(SkytellsClientOptions.FromEnvironment());

    /// <summary>Releases the HttpClient this client created. Views share it, so disposing a view does nothing.</summary>
    public void Dispose()
    {
        if (_root is null)
        {
            _transport.Dispose();
        }
    }

    /// <summary>Describes the client without its API key.</summary>
    public override string ToString() => $"SkytellsClient {{ Gateway = {Gateway}, Endpoint = {_transport.Options.GetEndpoint(Gateway)} }}";

    private SkytellsClient GetView(SkytellsGateway gateway)
    {
        if (gateway == Gateway)
        {
            return this;
        }

        ref var slot = ref gateway == SkytellsGateway.Edge ? ref _edgeView : ref _standardView;
        if (slot is null)
        {
            Interlocked.CompareExchange(ref slot, new SkytellsClient(this, gateway), null);
        }

        return slot;
    }
}
