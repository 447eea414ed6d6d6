using System.Collections.Frozen;

namespace Skytells;

/// <summary>
/// The server's word on which models the Edge gateway serves (<c>metadata.edge_compatible</c> of <c>GET /models</c>),
/// for the run-time Edge guard. Opt-in through <see cref="SkytellsClientOptions.ModelCatalog"/>: a model it marks
/// Edge-capable goes to Edge even where the built-in catalog says otherwise, and one it marks non-Edge is refused
/// before any request. Models it does not list fall back to the built-in catalog.
/// </summary>
/// <remarks>
/// Built from a saved <c>GET /models</c> answer (<see cref="Parse"/>, <see cref="Load"/>: the file format the
/// analyzer reads too), from models already read (<see cref="FromModels"/>), or fetched live with a lifetime
/// (<see cref="FetchAsync"/>): once older than that, the next lookup starts a refresh in the background and answers
/// from the copy it has meanwhile; a failed refresh keeps that copy.
/// </remarks>
public sealed class SkytellsModelCatalog
{
    private readonly ModelsClient? _source;
    private readonly TimeSpan _lifetime;
    private readonly TimeProvider _time;
    private volatile Snapshot _snapshot;
    private long _staleAtTicks;
    private int _refreshing;

    private SkytellsModelCatalog(FrozenDictionary<string, bool> edge, ModelsClient? source, TimeSpan lifetime, TimeProvider time)
    {
        _source = source;
        _lifetime = lifetime;
        _time = time;
        _snapshot = new Snapshot(edge, time.GetUtcNow());
        ScheduleRefresh();
    }

    /// <summary>How many models the catalog says something about.</summary>
    public int Count => _snapshot.Edge.Count;

    /// <summary>When the models were read.</summary>
    public DateTimeOffset LoadedAt => _snapshot.LoadedAt;

    /// <summary>A catalog of models already read (for example from <see cref="ModelsClient.ListAsync"/>).</summary>
    public static SkytellsModelCatalog FromModels(IEnumerable<SkytellsModel> models)
    {
        ArgumentNullException.ThrowIfNull(models);
        return new SkytellsModelCatalog(Index(models), null, Timeout.InfiniteTimeSpan, TimeProvider.System);
    }

    /// <summary>A catalog from the text of a saved <c>GET /models</c> answer.</summary>
    /// <exception cref="SkytellsConfigurationException">The text is not a <c>GET /models</c> answer; the message says where.</exception>
    public static SkytellsModelCatalog Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        IReadOnlyList<ModelListEntry> entries;
        try
        {
            entries = ModelListReader.Parse(json);
        }
        catch (ModelListFormatException exception)
        {
            throw new SkytellsConfigurationException($"The model list is not a GET /models answer {exception.Message}.");
        }

        var edge = entries.Where(e => e.EdgeCompatible is not null).ToDictionary(e => e.Slug, e => e.EdgeCompatible!.Value, StringComparer.Ordinal);
        return new SkytellsModelCatalog(edge.ToFrozenDictionary(StringComparer.Ordinal), null, Timeout.InfiniteTimeSpan, TimeProvider.System);
    }

    /// <summary>A catalog from a saved <c>GET /models</c> answer on disk (for example <c>skytells-models.json</c>).</summary>
    /// <exception cref="SkytellsConfigurationException">The file is not a <c>GET /models</c> answer.</exception>
    public static SkytellsModelCatalog Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>
    /// Reads the models from the server now, and again in the background once the copy is older than
    /// <paramref name="lifetime"/> (<see cref="Timeout.InfiniteTimeSpan"/>: never).
    /// </summary>
    public static async Task<SkytellsModelCatalog> FetchAsync(ModelsClient models, TimeSpan lifetime, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(models);
        if (lifetime <= TimeSpan.Zero && lifetime != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), "The lifetime must be positive or infinite.");
        }

        var list = await models.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return new SkytellsModelCatalog(Index(list), models, lifetime, timeProvider ?? TimeProvider.System);
    }

    /// <summary>Reads the models from the server again now (a fetched catalog only).</summary>
    /// <exception cref="InvalidOperationException">The catalog was not fetched from a server.</exception>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        var source = _source ?? throw new InvalidOperationException("Only a catalog made by FetchAsync can be refreshed.");
        var list = await source.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        _snapshot = new Snapshot(Index(list), _time.GetUtcNow());
        ScheduleRefresh();
    }

    /// <summary>True or false when the server said whether Edge serves <paramref name="model"/>; null when it did not list it.</summary>
    public bool? IsEdgeCompatible(string model)
    {
        var snapshot = _snapshot;
        if (_source is not null && _time.GetUtcNow().UtcTicks >= Volatile.Read(ref _staleAtTicks))
        {
            RefreshInBackground();
        }

        return snapshot.Edge.TryGetValue(model, out var edge) ? edge : null;
    }

    /// <inheritdoc />
    public override string ToString() => $"SkytellsModelCatalog ({Count} models, loaded {LoadedAt:O})";

    private static FrozenDictionary<string, bool> Index(IEnumerable<SkytellsModel> models)
    {
        var edge = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var model in models)
        {
            if (!string.IsNullOrEmpty(model.Namespace) && model.Metadata?.EdgeCompatible is { } flag)
            {
                edge[model.Namespace] = flag;
            }
        }

        return edge.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private void RefreshInBackground()
    {
        if (Interlocked.Exchange(ref _refreshing, 1) == 1)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await RefreshAsync().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is SkytellsException or ObjectDisposedException or OperationCanceledException)
            {
                // The copy in hand stays; a lookup tries again after another lifetime.
                ScheduleRefresh();
            }
            finally
            {
                Volatile.Write(ref _refreshing, 0);
            }
        });
    }

    private void ScheduleRefresh() => Volatile.Write(
        ref _staleAtTicks,
        _source is null || _lifetime == Timeout.InfiniteTimeSpan ? long.MaxValue : (_time.GetUtcNow() + _lifetime).UtcTicks);

    private sealed record Snapshot(FrozenDictionary<string, bool> Edge, DateTimeOffset LoadedAt);
}
