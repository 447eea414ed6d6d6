using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Skytells.Aot.Analyzers;

/// <summary>
/// Decides whether a receiver is bound to the Edge gateway by looking at where it came from: <c>client.Edge</c>, an
/// <c>[EdgeGateway]</c> member or parameter, <c>new SkytellsClient(..., SkytellsGateway.Edge)</c> or options whose
/// <c>Gateway</c> is the constant Edge, an operation group (<c>.Predictions</c>, <c>.Chat</c>) of such a client, or a
/// local, readonly field or get-only property whose single initializer is one of these. Everything else is unknown,
/// and unknown means silent: a false positive costs users more than a missed warning (the run-time guard still
/// catches it).
/// </summary>
internal sealed class EdgeProvenance
{
    // Deep enough for any chain people write; bounds cycles such as `readonly A a = b; readonly A b = a;`.
    private const int MaxDepth = 8;

    private readonly SkytellsSymbols _symbols;
    private readonly ConcurrentDictionary<ISymbol, EdgeSource> _members = new(SymbolEqualityComparer.Default);

    public EdgeProvenance(SkytellsSymbols symbols) => _symbols = symbols;

    /// <summary>What is known about the gateway of <paramref name="receiver"/>.</summary>
    public EdgeSource Evaluate(IOperation? receiver) => Evaluate(receiver, depth: 0);

    private EdgeSource Evaluate(IOperation? operation, int depth)
    {
        if (operation is null || depth > MaxDepth)
        {
            return EdgeSource.Unknown;
        }

        return operation.WalkDownConversion() switch
        {
            IPropertyReferenceOperation property => EvaluateProperty(property, depth),
            IFieldReferenceOperation field => _symbols.IsEdgeGateway(field.Field.OriginalDefinition)
                ? EdgeSource.Edge(standardFixTarget: null)
                : EvaluateHolder(field.Field, field, depth),
            IParameterReferenceOperation parameter => _symbols.IsEdgeGateway(parameter.Parameter.OriginalDefinition)
                ? EdgeSource.Edge(standardFixTarget: null)
                : EdgeSource.Unknown,
            IInvocationOperation invocation => _symbols.ReturnsEdgeGateway(invocation.TargetMethod.OriginalDefinition)
                ? EdgeSource.Edge(standardFixTarget: null)
                : EdgeSource.Unknown,
            ILocalReferenceOperation local => EvaluateHolder(local.Local, local, depth),
            IObjectCreationOperation creation => EvaluateClientCreation(creation),
            IConditionalAccessInstanceOperation instance => Evaluate(instance.GetConditionalAccessTarget(), depth + 1),
            _ => EdgeSource.Unknown,
        };
    }

    private EdgeSource EvaluateProperty(IPropertyReferenceOperation reference, int depth)
    {
        var property = reference.Property.OriginalDefinition;
        if (_symbols.IsEdgeGateway(property))
        {
            // `client.Edge` can become `client.Standard`; a user's own [EdgeGateway] member is a contract, not a choice.
            var renamable = IsClientMember(property) && _symbols.HasStandardClientView;
            return EdgeSource.Edge(renamable ? SyntaxNames.GetName(reference.Syntax, property.Name) : null);
        }

        if (IsOperationGroup(property))
        {
            return Evaluate(reference.Instance, depth + 1);
        }

        return EvaluateHolder(property, reference, depth);
    }

    // `.Predictions`, `.Chat` and any later group: an instance property of the client returning another class of the
    // library. It sends through its client's gateway. `.Standard` (a client again) does not inherit, nor does anything
    // that is not a class of the library.
    private bool IsOperationGroup(IPropertySymbol property) =>
        !property.IsStatic
        && IsClientMember(property)
        && property.Type is INamedTypeSymbol { TypeKind: TypeKind.Class } type
        && !SymbolEqualityComparer.Default.Equals(type, _symbols.Client)
        && SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, _symbols.Client!.ContainingAssembly);

    private bool IsClientMember(ISymbol member) =>
        _symbols.Client is not null && SymbolEqualityComparer.Default.Equals(member.ContainingType, _symbols.Client);

    private EdgeSource EvaluateHolder(ISymbol holder, IOperation reference, int depth)
    {
        // A local is evaluated by the calls in its own block only, usually one: not worth a shared cache (and its lock).
        if (holder is ILocalSymbol)
        {
            return EvaluateHolderCore(holder, reference, depth);
        }

        // The initializer is bound with the semantic model of the reference's file, so only members declared in that
        // file are evaluated; the cached result is then the same whichever call asks.
        var declarations = holder.DeclaringSyntaxReferences;
        if (declarations.Length != 1 || declarations[0].SyntaxTree != reference.Syntax.SyntaxTree)
        {
            return EdgeSource.Unknown;
        }

        if (_members.TryGetValue(holder, out var cached))
        {
            return cached;
        }

        return _members.GetOrAdd(holder, EvaluateHolderCore(holder, reference, depth));
    }

    private EdgeSource EvaluateHolderCore(ISymbol holder, IOperation reference, int depth)
    {
        if (reference.SemanticModel is not { } model
            || HolderDeclaration.Find(holder, reference.Syntax.SyntaxTree) is not { } declaration
            || declaration.MayBeWritten(holder.Name))
        {
            return EdgeSource.Unknown;
        }

        var source = Evaluate(model.GetOperation(declaration.Initializer), depth + 1);
        if (!source.IsEdge || source.StandardFixTarget is null)
        {
            return source;
        }

        // Renaming the initializer's `Edge` moves every reader of this holder to Standard: offer it only when this
        // call is the one reader, which can be counted for locals and private members only.
        return holder is ILocalSymbol || holder.DeclaredAccessibility == Accessibility.Private
            ? source.Through(holder.Name, declaration.ReadScope)
            : source.WithoutStandardFix();
    }

    private EdgeSource EvaluateClientCreation(IObjectCreationOperation creation)
    {
        if (_symbols.Client is null || !SymbolEqualityComparer.Default.Equals(creation.Type, _symbols.Client))
        {
            return EdgeSource.Unknown;
        }

        foreach (var argument in creation.Arguments)
        {
            var parameterType = argument.Parameter?.Type;
            if (_symbols.Gateway is not null && SymbolEqualityComparer.Default.Equals(parameterType, _symbols.Gateway))
            {
                return EvaluateGatewayValue(argument.Value);
            }

            if (_symbols.ClientOptions is not null && SymbolEqualityComparer.Default.Equals(parameterType, _symbols.ClientOptions))
            {
                return EvaluateOptions(argument.Value);
            }
        }

        return EdgeSource.Unknown;
    }

    // `new SkytellsClientOptions { Gateway = SkytellsGateway.Edge, ... }`, also target-typed. Options built any other
    // way (FromEnvironment, a variable, assigned later) are unknown.
    private EdgeSource EvaluateOptions(IOperation value)
    {
        if (value.WalkDownConversion() is not IObjectCreationOperation { Initializer: { } initializer })
        {
            return EdgeSource.Unknown;
        }

        foreach (var member in initializer.Initializers)
        {
            if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                && SymbolEqualityComparer.Default.Equals(target.Property.Type, _symbols.Gateway))
            {
                return EvaluateGatewayValue(assignment.Value);
            }
        }

        return EdgeSource.Unknown;
    }

    private EdgeSource EvaluateGatewayValue(IOperation value)
    {
        if (!_symbols.IsEdgeGatewayConstant(value))
        {
            return EdgeSource.Unknown;
        }

        // Only a written `SkytellsGateway.Edge` can be renamed; `(SkytellsGateway)1` and defaults cannot.
        var renamable = _symbols.HasStandardGatewayMember
            && value.WalkDownConversion() is IFieldReferenceOperation { IsImplicit: false } field
            && SymbolEqualityComparer.Default.Equals(field.Field.ContainingType, _symbols.Gateway);
        return EdgeSource.Edge(renamable ? SyntaxNames.GetName(value.WalkDownConversion().Syntax, "Edge") : null);
    }
}
