namespace Skytells.Aot.Analyzers;

/// <summary>
/// Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/> that carry what the code fixes need, so the fixes
/// neither compile the catalog nor repeat the analysis.
/// </summary>
internal static class DiagnosticProperties
{
    /// <summary>The constant model id that was reported.</summary>
    public const string ModelId = "ModelId";

    /// <summary>SKY1001: the Edge-capable replacements, best first, separated by <see cref="ListSeparator"/>.</summary>
    public const string EdgeAlternatives = "EdgeAlternatives";

    /// <summary>
    /// SKY1001: present when the call can be sent to Standard by renaming one <c>Edge</c> identifier (the
    /// <c>client.Edge</c> property or the constructor's <c>SkytellsGateway.Edge</c>) to <c>Standard</c>. That identifier
    /// is the diagnostic's first additional location.
    /// </summary>
    public const string SendToStandard = "SendToStandard";

    /// <summary>SKY1002: the catalog id the unknown model most likely meant.</summary>
    public const string Suggestion = "Suggestion";

    /// <summary>Separates the values of a list property; model ids never contain it.</summary>
    public const char ListSeparator = ',';
}
