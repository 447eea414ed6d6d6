using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Skytells.Aot.Analyzers;

namespace Skytells.Aot.CodeFixes;

/// <summary>
/// Fixes SKY1001 by using the model's Edge counterpart or by sending the call to the Standard gateway, and SKY1002 by
/// using the catalog id the unknown model most likely meant. Everything needed travels in the diagnostic's
/// properties, so this assembly neither repeats the analysis nor compiles the catalog.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EdgeModelCodeFixProvider))]
[Shared]
public sealed class EdgeModelCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.EdgeModelNotSupported, DiagnosticIds.UnknownModel);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Id == DiagnosticIds.EdgeModelNotSupported)
            {
                RegisterEdgeFixes(context, diagnostic);
            }
            else if (diagnostic.Properties.TryGetValue(DiagnosticProperties.Suggestion, out var suggestion) && suggestion is not null)
            {
                RegisterReplacement(context, diagnostic, suggestion, $"Use model '{suggestion}'", EquivalenceKeys.UseSuggestedModel);
            }
        }

        return Task.CompletedTask;
    }

    private static void RegisterEdgeFixes(CodeFixContext context, Diagnostic diagnostic)
    {
        if (diagnostic.Properties.TryGetValue(DiagnosticProperties.EdgeAlternatives, out var list) && list is not null)
        {
            var alternatives = list.Split(DiagnosticProperties.ListSeparator);
            for (var i = 0; i < alternatives.Length; i++)
            {
                // The first alternative is the model's counterpart: one shared key lets Fix All give every
                // diagnostic its own counterpart. Further alternatives are a specific choice, keyed by model.
                var key = i == 0 ? EquivalenceKeys.UseEdgeCounterpart : EquivalenceKeys.UseEdgeModel(alternatives[i]);
                RegisterReplacement(context, diagnostic, alternatives[i], $"Use Edge model '{alternatives[i]}'", key);
            }
        }

        if (diagnostic.Properties.ContainsKey(DiagnosticProperties.SendToStandard) && diagnostic.AdditionalLocations.Count > 0)
        {
            var target = diagnostic.AdditionalLocations[0].SourceSpan;
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Send this call to the Standard gateway",
                    cancellationToken => StandardGatewayRename.RenameAsync(context.Document, target, cancellationToken),
                    EquivalenceKeys.SendToStandard),
                diagnostic);
        }
    }

    private static void RegisterReplacement(CodeFixContext context, Diagnostic diagnostic, string modelId, string title, string key) =>
        context.RegisterCodeFix(
            CodeAction.Create(
                title,
                cancellationToken => ModelReplacement.ReplaceAsync(context.Document, diagnostic.Location.SourceSpan, modelId, cancellationToken),
                key),
            diagnostic);
}
