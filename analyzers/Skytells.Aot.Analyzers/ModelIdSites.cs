using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Skytells.Aot.Analyzers;

/// <summary>
/// Every place a value flows into a <c>[ModelId]</c> or <c>[EdgeModelId]</c> member: arguments of calls (constructor
/// initializers <c>: base(...)</c> and <c>: this(...)</c> included, they bind to invocations), object creations and
/// indexers, assignments (object initializers included) and property initializers. Reports SKY1002 for unknown constants on any gateway, and
/// SKY1001/SKY1003 for <c>[EdgeModelId]</c> members, which always go to Edge whatever the receiver.
/// Edge routing of <c>[ModelId]</c> members depends on the receiver and is <see cref="EdgeCalls"/>' job.
/// </summary>
internal sealed class ModelIdSites
{
    private readonly SkytellsSymbols _symbols;
    private readonly ModelDiagnostics _diagnostics;

    public ModelIdSites(SkytellsSymbols symbols, ModelDiagnostics diagnostics)
    {
        _symbols = symbols;
        _diagnostics = diagnostics;
    }

    /// <summary>
    /// The arguments of a call, object creation or indexer. Called from those operations' actions rather than registered for
    /// every argument: one callback per call instead of one per argument.
    /// </summary>
    public void AnalyzeArguments(OperationAnalysisContext context, ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            // An omitted optional argument has no syntax of its own to report on.
            if (argument.ArgumentKind != ArgumentKind.DefaultValue
                && argument.Parameter is { Type.SpecialType: SpecialType.System_String } parameter)
            {
                Analyze(context, parameter.OriginalDefinition, argument.Value);
            }
        }
    }

    /// <summary><c>x.Model = ...</c>, including <c>new T { Model = ... }</c> and <c>with { Model = ... }</c>.</summary>
    public void AnalyzeAssignment(OperationAnalysisContext context, ISimpleAssignmentOperation assignment, IPropertySymbol property) =>
        Analyze(context, property.OriginalDefinition, assignment.Value);

    /// <summary><c>public string Model { get; set; } = ...;</c></summary>
    public void AnalyzePropertyInitializer(OperationAnalysisContext context)
    {
        var initializer = (IPropertyInitializerOperation)context.Operation;
        foreach (var property in initializer.InitializedProperties)
        {
            if (property.Type.SpecialType == SpecialType.System_String)
            {
                Analyze(context, property.OriginalDefinition, initializer.Value);
            }
        }
    }

    private void Analyze(OperationAnalysisContext context, ISymbol member, IOperation value)
    {
        var alwaysEdge = _symbols.IsEdgeModelId(member);
        if (!alwaysEdge && !_symbols.IsModelId(member))
        {
            return;
        }

        var model = ModelValue.Classify(value, _symbols);
        _diagnostics.ReportIfUnknown(context, value, model);
        if (alwaysEdge)
        {
            // The member's own contract says Edge: there is no `Edge` identifier here to rename.
            _diagnostics.ReportIfNotEdge(context, value, model, EdgeSource.Edge(standardFixTarget: null));
        }
    }
}
