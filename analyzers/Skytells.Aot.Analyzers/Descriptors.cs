using Microsoft.CodeAnalysis;

namespace Skytells.Aot.Analyzers;

/// <summary>
/// Every descriptor of the Skytells analyzer, in one place. Help links are derived from the id, so each rule's page is
/// <c>docs/rules/{id}.md</c> (a test checks that every page exists).
/// </summary>
internal static class Descriptors
{
    /// <summary>Where the rule pages live; the id and <c>.md</c> are appended.</summary>
    public const string HelpLinkBase = "https://github.com/skytells-aot/skytells-aot/blob/main/docs/rules/";

    private const string Category = "Usage";

    /// <summary>SKY1001 when the catalog names Edge-capable replacements.</summary>
    public static readonly DiagnosticDescriptor EdgeModelNotSupported = Create(
        DiagnosticIds.EdgeModelNotSupported,
        title: "Model does not support the Edge gateway",
        messageFormat: "Model '{0}' does not support Edge routing, but this call goes to the Edge gateway; use {1}, or send the call to the Standard gateway",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The Edge gateway rejects models it does not serve with HTTP 422 (\"This model does not support Edge routing.\"). The model catalog compiled into this analyzer knows this model is not Edge-capable.");

    /// <summary>SKY1001 for a model whose kind (video, audio, embeddings) has no Edge-capable model at all.</summary>
    public static readonly DiagnosticDescriptor EdgeModelNotSupportedNoAlternative = Create(
        DiagnosticIds.EdgeModelNotSupported,
        title: "Model does not support the Edge gateway",
        messageFormat: "Model '{0}' does not support Edge routing, but this call goes to the Edge gateway; no Edge-capable model of its kind exists, so send the call to the Standard gateway",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The Edge gateway rejects models it does not serve with HTTP 422 (\"This model does not support Edge routing.\"). The model catalog compiled into this analyzer knows this model is not Edge-capable.");

    /// <summary>SKY1002 with a close catalog id to suggest.</summary>
    public static readonly DiagnosticDescriptor UnknownModelWithSuggestion = Create(
        DiagnosticIds.UnknownModel,
        title: "Model id is not in the Skytells model catalog",
        messageFormat: "Model '{0}' is not in the Skytells model catalog; did you mean '{1}'?",
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The model id is a constant that this release of Skytells.Aot does not know. It may be a typo, or a model newer than this release; list new Edge-capable models in 'skytells.edge_additional_models'.");

    /// <summary>SKY1002 with nothing close enough to suggest.</summary>
    public static readonly DiagnosticDescriptor UnknownModel = Create(
        DiagnosticIds.UnknownModel,
        title: "Model id is not in the Skytells model catalog",
        messageFormat: "Model '{0}' is not in the Skytells model catalog; check its spelling, or list it in 'skytells.edge_additional_models' if it is newer than this release",
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The model id is a constant that this release of Skytells.Aot does not know. It may be a typo, or a model newer than this release; list new Edge-capable models in 'skytells.edge_additional_models'.");

    /// <summary>SKY1003: off by default; teams that want every Edge model verified turn it on.</summary>
    public static readonly DiagnosticDescriptor EdgeModelNotConstant = Create(
        DiagnosticIds.EdgeModelNotConstant,
        title: "Edge model id cannot be verified at compile time",
        messageFormat: "The model id sent to the Edge gateway is not a compile-time constant, so its Edge support cannot be verified",
        DiagnosticSeverity.Hidden,
        isEnabledByDefault: false,
        description: "Only constant model ids can be checked against the model catalog. Use a constant (for example a SkytellsModels member), or mark the parameter that carries the id with [EdgeModelId] so its callers are checked instead.");

    /// <summary>SKY1004: the saved model list cannot be read, so the analyzer falls back to its own catalog.</summary>
    public static readonly DiagnosticDescriptor ModelListUnreadable = Create(
        DiagnosticIds.ModelListUnreadable,
        title: "Saved Skytells model list cannot be read",
        messageFormat: "'{0}' is not a saved GET /models answer ({1}); the Skytells analyzer ignores it and uses its own model catalog",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The file given to the analyzer as the server's model list must be the JSON array that GET /models returns. Save it again (see the rule's page), or remove it from AdditionalFiles.");

    /// <summary>Builds the help link of a rule from its id.</summary>
    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    // The only way descriptors are made here, so every one gets the category and a help link (as CA rules do).
    private static DiagnosticDescriptor Create(
        string id,
        string title,
        string messageFormat,
        DiagnosticSeverity severity,
        bool isEnabledByDefault,
        string description) =>
        new(id, title, messageFormat, Category, severity, isEnabledByDefault, description, HelpLink(id));
}
