using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Skytells.Aot.Analyzers;

/// <summary>
/// Reports model ids that the Edge gateway does not serve on calls that go to Edge (SKY1001), model ids missing from
/// the catalog (SKY1002) and Edge model ids that cannot be verified (SKY1003, off by default).
/// </summary>
/// <remarks>
/// Attribute-driven, like CA1857: members carrying a model id are marked <c>[ModelId]</c> (routed by the receiver's
/// gateway) or <c>[EdgeModelId]</c> (always Edge), and Edge-bound clients are recognised by
/// <see cref="EdgeProvenance"/>, in the caller's file and (from syntax) in others. A saved server model list (an
/// AdditionalFile) overrides the catalog; an unreadable one is SKY1004. Compilations that do not reference Skytells.Aot
/// register nothing.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EdgeModelAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.EdgeModelNotSupported,
        Descriptors.EdgeModelNotSupportedNoAlternative,
        Descriptors.UnknownModelWithSuggestion,
        Descriptors.UnknownModel,
        Descriptors.EdgeModelNotConstant,
        Descriptors.ModelListUnreadable);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Generated code (source generators, *.g.cs) is not the user's to fix.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        if (SkytellsSymbols.TryCreate(context.Compilation) is not { } symbols)
        {
            return;
        }

        context.RegisterAdditionalFileAction(ModelListDiagnostics.Analyze);

        // One action per operation kind, so each operation costs one callback whatever the rules look at in it; each
        // callback first asks whether its target lives where a model id can (see LibraryReach) and most leave there.
        var reach = new LibraryReach(symbols.ModelIdAttribute.ContainingAssembly, context.Compilation.Assembly);
        var diagnostics = new ModelDiagnostics(new ModelKnowledge(context.Options, context.CancellationToken));
        var sites = new ModelIdSites(symbols, diagnostics);
        var calls = symbols.Client is not null || symbols.EdgeGatewayAttribute is not null
            ? new EdgeCalls(symbols, new EdgeProvenance(symbols, new LibraryNames(context.Compilation), context.CancellationToken), diagnostics)
            : null; // without the client or the Edge attribute nothing can be proven to go to Edge
        var methods = new ModelIdMethods(symbols, calls is null ? static _ => false : calls.IsRequestType);
        context.RegisterOperationAction(
            operationContext =>
            {
                var invocation = (IInvocationOperation)operationContext.Operation;
                if (reach.Reaches(invocation.TargetMethod.ContainingAssembly) && methods.CanTakeModelId(invocation.TargetMethod))
                {
                    sites.AnalyzeArguments(operationContext, invocation.Arguments);
                    calls?.AnalyzeInvocation(operationContext, invocation);
                }
            },
            OperationKind.Invocation);
        context.RegisterOperationAction(
            operationContext =>
            {
                var creation = (IObjectCreationOperation)operationContext.Operation;
                if (reach.Reaches(creation.Type?.ContainingAssembly))
                {
                    if (creation.Constructor is { } constructor && methods.CanTakeModelId(constructor))
                    {
                        sites.AnalyzeArguments(operationContext, creation.Arguments);
                    }

                    calls?.AnalyzeObjectCreation(operationContext, creation);
                }
            },
            OperationKind.ObjectCreation);

        // Property references are the most frequent operation of all; only indexers have arguments, so the action is
        // registered only when some indexer can take a model id.
        if (IndexerReach.AnyCanTakeModelId(context.Compilation, symbols))
        {
            context.RegisterOperationAction(
                operationContext =>
                {
                    var reference = (IPropertyReferenceOperation)operationContext.Operation;
                    if (!reference.Arguments.IsEmpty && reach.Reaches(reference.Property.ContainingAssembly))
                    {
                        sites.AnalyzeArguments(operationContext, reference.Arguments);
                    }
                },
                OperationKind.PropertyReference);
        }

        context.RegisterOperationAction(
            operationContext =>
            {
                var assignment = (ISimpleAssignmentOperation)operationContext.Operation;
                if (assignment.Target is IPropertyReferenceOperation { Property: { Type.SpecialType: SpecialType.System_String } property }
                    && reach.Reaches(property.ContainingAssembly))
                {
                    sites.AnalyzeAssignment(operationContext, assignment, property);
                }
            },
            OperationKind.SimpleAssignment);
        context.RegisterOperationAction(sites.AnalyzePropertyInitializer, OperationKind.PropertyInitializer);
    }
}
