using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Skytells.Aot.Analyzers;

/// <summary>Turns a checked model value into SKY1001, SKY1002 or SKY1003, always located on the value itself.</summary>
internal sealed class ModelDiagnostics
{
    private readonly ModelKnowledge _knowledge;

    public ModelDiagnostics(ModelKnowledge knowledge) => _knowledge = knowledge;

    /// <summary>SKY1002 when a constant model id is neither in the catalog, nor in the saved model list, nor listed by the user; any gateway.</summary>
    public void ReportIfUnknown(OperationAnalysisContext context, IOperation value, ModelValue model)
    {
        // An empty id is a placeholder (a default still to be set), not a misspelt model.
        if (model.Kind != ModelValueKind.Constant
            || string.IsNullOrWhiteSpace(model.Id)
            || _knowledge.IsKnown(model.Id!)
            || AdditionalEdgeModels.Contains(context.Options, value.Syntax.SyntaxTree, model.Id!))
        {
            return;
        }

        var suggestion = ModelSuggestion.Find(model.Id!);
        var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.ModelId, model.Id);
        var diagnostic = suggestion is null
            ? Diagnostic.Create(Descriptors.UnknownModel, value.Syntax.GetLocation(), properties, model.Id)
            : Diagnostic.Create(
                Descriptors.UnknownModelWithSuggestion,
                value.Syntax.GetLocation(),
                properties.Add(DiagnosticProperties.Suggestion, suggestion),
                model.Id,
                suggestion);
        context.ReportDiagnostic(diagnostic);
    }

    /// <summary>SKY1001 or SKY1003 for a model id that goes to the Edge gateway.</summary>
    public void ReportIfNotEdge(OperationAnalysisContext context, IOperation value, ModelValue model, EdgeSource source)
    {
        switch (model.Kind)
        {
            case ModelValueKind.Constant:
                ReportKnownNonEdge(context, value, model.Id!, source);
                break;
            case ModelValueKind.NotConstant:
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.EdgeModelNotConstant, value.Syntax.GetLocation()));
                break;
        }
    }

    private void ReportKnownNonEdge(OperationAnalysisContext context, IOperation value, string modelId, EdgeSource source)
    {
        // Unknown ids are the server's to judge (SKY1002 covers typos); a user-listed id is Edge-capable by their word.
        if (!_knowledge.IsKnownNonEdge(modelId) || AdditionalEdgeModels.Contains(context.Options, value.Syntax.SyntaxTree, modelId))
        {
            return;
        }

        var alternatives = _knowledge.GetEdgeAlternatives(modelId);
        var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.ModelId, modelId);
        if (alternatives.Count > 0)
        {
            properties = properties.Add(
                DiagnosticProperties.EdgeAlternatives,
                string.Join(DiagnosticProperties.ListSeparator.ToString(), alternatives));
        }

        // The rename target must be in this file: code fixes (and Fix All) edit the diagnostic's document.
        IEnumerable<Location>? additionalLocations = null;
        if (source.GetStandardFixTarget() is { } target && target.SyntaxTree == value.Syntax.SyntaxTree)
        {
            additionalLocations = [target.GetLocation()];
            properties = properties.Add(DiagnosticProperties.SendToStandard, bool.TrueString);
        }

        var diagnostic = alternatives.Count > 0
            ? Diagnostic.Create(
                Descriptors.EdgeModelNotSupported,
                value.Syntax.GetLocation(),
                additionalLocations,
                properties,
                modelId,
                Quote(alternatives))
            : Diagnostic.Create(
                Descriptors.EdgeModelNotSupportedNoAlternative,
                value.Syntax.GetLocation(),
                additionalLocations,
                properties,
                modelId);
        context.ReportDiagnostic(diagnostic);
    }

    private static string Quote(IReadOnlyList<string> ids) => "'" + string.Join("' or '", ids) + "'";
}
