namespace Skytells.Emulator.Models;

/// <summary>
/// The models this emulator serves: the shared catalog (the single source of truth for ids and Edge support)
/// overlaid with <see cref="EmulatorOptions.AdditionalModels"/>.
/// </summary>
internal sealed class ModelDirectory
{
    private readonly Dictionary<string, EmulatedModel> _byId = new(StringComparer.Ordinal);
    private readonly List<EmulatedModel> _all = [];

    public ModelDirectory(IEnumerable<EmulatedModel> additionalModels)
    {
        foreach (var entry in ModelCatalog.All)
        {
            Add(new EmulatedModel(entry.Id, ToKindName(entry.Kind), entry.SupportsEdge));
        }

        foreach (var model in additionalModels)
        {
            ArgumentNullException.ThrowIfNull(model);
            Add(model);
        }
    }

    public IReadOnlyList<EmulatedModel> All => _all;

    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out EmulatedModel? model) =>
        _byId.TryGetValue(id, out model);

    internal static ModelKindName ToKindName(ModelKind kind) => kind switch
    {
        ModelKind.Image => ModelKindName.Image,
        ModelKind.Video => ModelKindName.Video,
        ModelKind.Audio => ModelKindName.Audio,
        ModelKind.Text => ModelKindName.Text,
        ModelKind.Embedding => ModelKindName.Embedding,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The catalog lists a model without a kind."),
    };

    private void Add(EmulatedModel model)
    {
        if (_byId.TryGetValue(model.Id, out var existing))
        {
            // Later entries win so that options can correct the catalog (e.g. a model that gained Edge support).
            _all[_all.IndexOf(existing)] = model;
        }
        else
        {
            _all.Add(model);
        }

        _byId[model.Id] = model;
    }
}
