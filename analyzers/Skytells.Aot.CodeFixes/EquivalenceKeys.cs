namespace Skytells.Aot.CodeFixes;

/// <summary>
/// Equivalence keys of the Skytells code fixes. They are stable across releases, so "Fix All" and recorded IDE
/// preferences keep working; never change a published value.
/// </summary>
public static class EquivalenceKeys
{
    /// <summary>SKY1001: replace the model with its preferred Edge counterpart (each diagnostic's own counterpart).</summary>
    public const string UseEdgeCounterpart = "SKY1001.UseEdgeCounterpart";

    /// <summary>SKY1001: prefix of the keys that replace the model with one specific further Edge-capable model.</summary>
    public const string UseEdgeModelPrefix = "SKY1001.UseEdgeModel.";

    /// <summary>SKY1001: rename the <c>Edge</c> that routes the call to <c>Standard</c>.</summary>
    public const string SendToStandard = "SKY1001.SendToStandard";

    /// <summary>SKY1002: replace the unknown model with the catalog id it most likely meant.</summary>
    public const string UseSuggestedModel = "SKY1002.UseSuggestedModel";

    /// <summary>The key of the action that replaces the model with <paramref name="modelId"/> specifically.</summary>
    public static string UseEdgeModel(string modelId) => UseEdgeModelPrefix + modelId;
}
