namespace Skytells;

/// <summary>Settings of a <see cref="SkytellsClient"/>. The client copies them when it is created.</summary>
public sealed class SkytellsClientOptions
{
    private HashSet<string> _additionalEdgeModels = new(StringComparer.Ordinal);

    /// <summary>The Standard gateway's base URL.</summary>
    public static readonly Uri DefaultStandardEndpoint = new("https://api.skytells.ai/v1");

    /// <summary>The Edge gateway's base URL.</summary>
    public static readonly Uri DefaultEdgeEndpoint = new("https://edge.skytells.ai/v1");

    /// <summary>Environment variable holding the API key.</summary>
    public const string ApiKeyVariable = "SKYTELLS_API_KEY";

    /// <summary>Environment variable that selects the Edge gateway when it is <c>true</c> (case-insensitive).</summary>
    public const string UseEdgeVariable = "SKYTELLS_USE_EDGE";

    /// <summary>Optional environment variable overriding <see cref="StandardEndpoint"/> (a proxy or the emulator).</summary>
    public const string StandardEndpointVariable = "SKYTELLS_BASE_URL";

    /// <summary>Optional environment variable overriding <see cref="EdgeEndpoint"/>.</summary>
    public const string EdgeEndpointVariable = "SKYTELLS_EDGE_BASE_URL";

    /// <summary>The API key sent as <c>x-api-key</c>. Never printed by <see cref="ToString"/>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The gateway the client sends to. Default <see cref="SkytellsGateway.Standard"/>.</summary>
    public SkytellsGateway Gateway { get; set; }

    /// <summary>Base URL of the Standard gateway, including the version segment.</summary>
    public Uri StandardEndpoint { get; set; } = DefaultStandardEndpoint;

    /// <summary>Base URL of the Edge gateway, including the version segment.</summary>
    public Uri EdgeEndpoint { get; set; } = DefaultEdgeEndpoint;

    /// <summary>Path of the create-prediction endpoint under the base URL. Default <c>/predictions</c> (the seed's path); <c>/predict</c> also exists.</summary>
    public string PredictionCreatePath { get; set; } = "/predictions";

    /// <summary>Retry behaviour.</summary>
    public SkytellsRetryOptions Retry { get; set; } = new();

    /// <summary>Time limit of each try of a non-streaming call. Default 120 s (server-side <c>await</c> can take a minute).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>What to do with a catalog-known non-Edge model sent through Edge. Default <see cref="EdgeMismatchPolicy.Throw"/>.</summary>
    public EdgeMismatchPolicy EdgeMismatchPolicy { get; set; }

    /// <summary>Model ids that became Edge-capable after this release; the Edge guard lets them through.</summary>
    public ISet<string> AdditionalEdgeModels => _additionalEdgeModels;

    /// <summary>
    /// The server's list of Edge-capable models, for the Edge guard (off when null: the built-in catalog decides).
    /// Models it lists win over the built-in catalog; <see cref="AdditionalEdgeModels"/> win over both.
    /// </summary>
    public SkytellsModelCatalog? ModelCatalog { get; set; }

    /// <summary>Client-side limits for the Standard gateway (off when null).</summary>
    public SkytellsRateLimitOptions? StandardRateLimits { get; set; }

    /// <summary>Client-side limits for the Edge gateway (off when null); <see cref="SkytellsRateLimitOptions.ForTier"/> has the documented tiers.</summary>
    public SkytellsRateLimitOptions? EdgeRateLimits { get; set; }

    /// <summary>A client-side spending guardrail (off when null).</summary>
    public SkytellsBudgetOptions? Budget { get; set; }

    /// <summary>
    /// Largest response body the client reads (JSON answers). A larger one fails with
    /// <see cref="SkytellsInvalidResponseException"/> (<see cref="SkytellsInvalidResponseException.ResponseTooLargeErrorId"/>)
    /// without being read further. Default 16 MiB, far above any real answer.
    /// </summary>
    public int MaxResponseBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Largest single server-sent event of a stream. Default 1 MiB.</summary>
    public int MaxStreamEventBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Allows plain <c>http://</c> endpoints on hosts other than loopback, sending the API key in clear text.
    /// Default false: such an endpoint fails at construction with <see cref="SkytellsConfigurationException"/>.
    /// </summary>
    public bool AllowInsecureTransport { get; set; }

    /// <summary>Optional product token appended to the <c>User-Agent</c> header (for example <c>my-app/1.2</c>).</summary>
    public string? ApplicationId { get; set; }

    /// <summary>
    /// Reads <c>SKYTELLS_API_KEY</c> and <c>SKYTELLS_USE_EDGE</c> (<c>true</c>, case-insensitive, selects Edge), and the
    /// optional endpoint overrides <c>SKYTELLS_BASE_URL</c> and <c>SKYTELLS_EDGE_BASE_URL</c>.
    /// </summary>
    public static SkytellsClientOptions FromEnvironment() => FromEnvironment(Environment.GetEnvironmentVariable);

    /// <summary>Reads the same settings as <see cref="FromEnvironment()"/> from any variable source.</summary>
    public static SkytellsClientOptions FromEnvironment(Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        var options = new SkytellsClientOptions
        {
            ApiKey = NullIfBlank(getVariable(ApiKeyVariable))?.Trim(),
            Gateway = string.Equals(getVariable(UseEdgeVariable)?.Trim(), "true", StringComparison.OrdinalIgnoreCase)
                ? SkytellsGateway.Edge
                : SkytellsGateway.Standard,
        };

        if (NullIfBlank(getVariable(StandardEndpointVariable)) is { } standard)
        {
            options.StandardEndpoint = ParseEndpoint(standard, StandardEndpointVariable);
        }

        if (NullIfBlank(getVariable(EdgeEndpointVariable)) is { } edge)
        {
            options.EdgeEndpoint = ParseEndpoint(edge, EdgeEndpointVariable);
        }

        return options;
    }

    /// <summary>The base URL of <paramref name="gateway"/>.</summary>
    public Uri GetEndpoint(SkytellsGateway gateway) => gateway == SkytellsGateway.Edge ? EdgeEndpoint : StandardEndpoint;

    /// <summary>The client-side limits of <paramref name="gateway"/>, or null when it is unlimited.</summary>
    public SkytellsRateLimitOptions? GetRateLimits(SkytellsGateway gateway) => gateway == SkytellsGateway.Edge ? EdgeRateLimits : StandardRateLimits;

    /// <summary>Describes the options without the API key.</summary>
    public override string ToString() =>
        $"SkytellsClientOptions {{ Gateway = {Gateway}, StandardEndpoint = {StandardEndpoint}, EdgeEndpoint = {EdgeEndpoint}, " +
        $"ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "<not set>" : "<redacted>")} }}";

    internal SkytellsClientOptions Snapshot()
    {
        var copy = (SkytellsClientOptions)MemberwiseClone();
        copy.Retry = Retry.Clone();
        copy._additionalEdgeModels = new HashSet<string>(_additionalEdgeModels, StringComparer.Ordinal);
        return copy;
    }

    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            throw new SkytellsConfigurationException(
                $"No Skytells API key is configured. Set {nameof(ApiKey)} or the {ApiKeyVariable} environment variable.");
        }

        ValidateEndpoint(StandardEndpoint, nameof(StandardEndpoint), AllowInsecureTransport);
        ValidateEndpoint(EdgeEndpoint, nameof(EdgeEndpoint), AllowInsecureTransport);
        if (MaxResponseBytes <= 0 || MaxStreamEventBytes <= 0)
        {
            throw new SkytellsConfigurationException($"{nameof(MaxResponseBytes)} and {nameof(MaxStreamEventBytes)} must be positive.");
        }
        if (RequestTimeout <= TimeSpan.Zero && RequestTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new SkytellsConfigurationException($"{nameof(RequestTimeout)} must be positive or infinite.");
        }

        if (Retry.MaxRetries < 0)
        {
            throw new SkytellsConfigurationException($"{nameof(SkytellsRetryOptions.MaxRetries)} cannot be negative.");
        }
    }

    private static void ValidateEndpoint(Uri? endpoint, string name, bool allowInsecure)
    {
        if (endpoint is null || !endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
        {
            throw new SkytellsConfigurationException($"{name} must be an absolute http(s) URL.");
        }

        if (!string.IsNullOrEmpty(endpoint.UserInfo) || !string.IsNullOrEmpty(endpoint.Query) || !string.IsNullOrEmpty(endpoint.Fragment))
        {
            throw new SkytellsConfigurationException($"{name} must not carry credentials, a query or a fragment.");
        }

        // The key travels in a header: over plain HTTP anyone on the path reads it. Loopback never leaves the machine.
        if (endpoint.Scheme == Uri.UriSchemeHttp && !endpoint.IsLoopback && !allowInsecure)
        {
            throw new SkytellsConfigurationException(
                $"{name} '{endpoint.GetLeftPart(UriPartial.Authority)}' uses plain http, which would send the API key in clear text. " +
                $"Use https, a loopback address, or set {nameof(AllowInsecureTransport)}.");
        }
    }

    private static Uri ParseEndpoint(string value, string variable) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
            ? uri
            : throw new SkytellsConfigurationException($"{variable} is not an absolute URL.");

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
