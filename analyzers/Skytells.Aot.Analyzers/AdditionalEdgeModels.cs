using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Skytells.Aot.Analyzers;

/// <summary>
/// Models that became Edge-capable (or known) after this release, listed by the user so they need not wait for an
/// upgrade: <c>skytells.edge_additional_models = a, b</c> in <c>.editorconfig</c> or a global config (read per syntax
/// tree), and the MSBuild property <c>SkytellsEdgeAdditionalModels</c> that Skytells.Aot's build files make visible to
/// the compiler. Read only when a diagnostic is about to be reported, which is rare, so nothing is cached.
/// </summary>
internal static class AdditionalEdgeModels
{
    /// <summary>The <c>.editorconfig</c> / global config key.</summary>
    public const string EditorConfigKey = "skytells.edge_additional_models";

    /// <summary>The compiler-visible MSBuild property.</summary>
    public const string BuildPropertyKey = "build_property.SkytellsEdgeAdditionalModels";

    /// <summary>
    /// The same list with ',' for ';', derived by Skytells.Aot.targets: in the generated config file a ';' starts a
    /// comment, which cuts <see cref="BuildPropertyKey"/> after its first item.
    /// </summary>
    public const string BuildPropertyListKey = "build_property._SkytellsEdgeAdditionalModelList";

    private static readonly char[] Separators = [',', ';', ' ', '\t'];

    /// <summary>Whether the user listed <paramref name="modelId"/> for the file <paramref name="tree"/>.</summary>
    public static bool Contains(AnalyzerOptions options, SyntaxTree tree, string modelId)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        return Lists(provider.GetOptions(tree), EditorConfigKey, modelId)
            || Lists(provider.GlobalOptions, EditorConfigKey, modelId)
            || Lists(provider.GlobalOptions, BuildPropertyKey, modelId)
            || Lists(provider.GlobalOptions, BuildPropertyListKey, modelId);
    }

    private static bool Lists(AnalyzerConfigOptions options, string key, string modelId)
    {
        if (!options.TryGetValue(key, out var value) || string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        foreach (var item in value.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (string.Equals(item, modelId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
