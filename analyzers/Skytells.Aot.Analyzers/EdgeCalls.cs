using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Skytells.Aot.Analyzers;

/// <summary>
/// Calls that carry a <c>[ModelId]</c> to whatever gateway their receiver is bound to: either directly as an argument
/// (<c>Predictions.CreateAsync(model, ...)</c>) or inside a request object whose <c>[ModelId]</c> property is set in its
/// initializer (<c>Chat.CompleteAsync(new() { Model = ... })</c>, see <see cref="RequestCreation"/>).
/// When the receiver is provably Edge, reports SKY1001 for known non-Edge constants and SKY1003 for the rest.
/// </summary>
internal sealed class EdgeCalls
{
    private readonly SkytellsSymbols _symbols;
    private readonly EdgeProvenance _provenance;
    private readonly ModelDiagnostics _diagnostics;
    private readonly ConcurrentDictionary<ITypeSymbol, bool> _requestTypes = new(SymbolEqualityComparer.Default);

    public EdgeCalls(SkytellsSymbols symbols, EdgeProvenance provenance, ModelDiagnostics diagnostics)
    {
        _symbols = symbols;
        _provenance = provenance;
        _diagnostics = diagnostics;
    }

    /// <summary>Any invocation; most leave after a look at their parameters.</summary>
    public void AnalyzeInvocation(OperationAnalysisContext context, IInvocationOperation invocation)
    {
        List<IArgumentOperation>? routed = null;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue
                && argument.Parameter is { } parameter
                && (IsRoutedModelId(parameter.OriginalDefinition) || IsRequestType(parameter.Type)))
            {
                (routed ??= []).Add(argument);
            }
        }

        if (routed is null)
        {
            return;
        }

        // Provenance is the expensive part: only calls that carry a model id get here.
        var source = _provenance.Evaluate(invocation.GetReceiver());
        if (!source.IsEdge)
        {
            return;
        }

        foreach (var argument in routed)
        {
            if (argument.Parameter!.Type.SpecialType == SpecialType.System_String)
            {
                Check(context, argument.Value, source);
            }
            else
            {
                CheckRequest(context, argument.Value, source);
            }
        }
    }

    /// <summary>
    /// A request created as the initializer of a local that one call sends: checked here, with that call's receiver.
    /// </summary>
    public void AnalyzeObjectCreation(OperationAnalysisContext context, IObjectCreationOperation creation)
    {
        if (creation.Type is null
            || !IsRequestType(creation.Type)
            || RequestCreation.FindSingleUse(creation) is not { Parent: IInvocationOperation invocation, Parameter: { } parameter }
            || !IsRequestType(parameter.Type))
        {
            return;
        }

        var source = _provenance.Evaluate(invocation.GetReceiver());
        if (source.IsEdge)
        {
            CheckCreation(context, creation, source);
        }
    }

    private void Check(OperationAnalysisContext context, IOperation value, EdgeSource source) =>
        _diagnostics.ReportIfNotEdge(context, value, ModelValue.Classify(value, _symbols), source);

    private void CheckRequest(OperationAnalysisContext context, IOperation value, EdgeSource source)
    {
        var written = value.WalkDownConversion();
        if (written is IObjectCreationOperation creation)
        {
            CheckCreation(context, creation, source);
            return;
        }

        // Checked from its creation (AnalyzeObjectCreation).
        if (written is ILocalReferenceOperation local && RequestCreation.IsSentOnlyFrom(local))
        {
            return;
        }

        // A request built elsewhere: its model is invisible here (SKY1003, opt-in). Null and broken code say nothing.
        if (!written.ConstantValue.HasValue && written is not (IDefaultValueOperation or IInvalidOperation))
        {
            _diagnostics.ReportIfNotEdge(context, value, ModelValue.Classify(value, _symbols), source);
        }
    }

    // A request that does not set its model uses the library's default, which the library keeps Edge-capable.
    private void CheckCreation(OperationAnalysisContext context, IObjectCreationOperation creation, EdgeSource source)
    {
        foreach (var argument in creation.Arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue
                && argument.Parameter is { } parameter
                && IsRoutedModelId(parameter.OriginalDefinition))
            {
                Check(context, argument.Value, source);
            }
        }

        if (creation.Initializer is null)
        {
            return;
        }

        foreach (var member in creation.Initializer.Initializers)
        {
            if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                && IsRoutedModelId(target.Property.OriginalDefinition))
            {
                Check(context, assignment.Value, source);
            }
        }
    }

    // [EdgeModelId] members are checked where the value is written (ModelIdSites), whatever the receiver.
    private bool IsRoutedModelId(ISymbol member) =>
        member is IParameterSymbol { Type.SpecialType: SpecialType.System_String } or IPropertySymbol { Type.SpecialType: SpecialType.System_String }
        && _symbols.IsModelId(member)
        && !_symbols.IsEdgeModelId(member);

    /// <summary>Whether <paramref name="type"/> is a request: a class or struct with an instance <c>[ModelId]</c> string property.</summary>
    public bool IsRequestType(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol { SpecialType: SpecialType.None, TypeKind: TypeKind.Class or TypeKind.Struct })
        {
            return false;
        }

        // Every argument of every call asks: read without allocating, compute once per type.
        return _requestTypes.TryGetValue(type, out var isRequest)
            ? isRequest
            : _requestTypes.GetOrAdd(type, HasModelIdProperty(type));
    }

    private bool HasModelIdProperty(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol { IsStatic: false } property && IsRoutedModelId(property))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
