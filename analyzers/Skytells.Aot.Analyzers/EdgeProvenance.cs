using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
    /// <summary>Deep enough for any chain people write; bounds cycles such as <c>readonly A a = b; readonly A b = a;</c>.</summary>
    public const int MaxDepth = 8;

    private readonly SkytellsSymbols _symbols;
    private readonly SyntaxProvenance _syntax;
    private readonly CancellationToken _cancellationToken;

    // Keyed by the member and by the file whose semantic model evaluated the values written in it (null: none did),
    // because a value is proven through the semantic model when it is in the caller's file and through syntax when
    // it is not; keying by both keeps each result the same whichever call asks first.
    private readonly ConcurrentDictionary<(ISymbol Member, SyntaxTree? Tree), EdgeSource> _members = new(MemberKeyComparer.Instance);

    public EdgeProvenance(SkytellsSymbols symbols, LibraryNames names, CancellationToken cancellationToken)
    {
        _symbols = symbols;
        _syntax = new SyntaxProvenance(symbols, names, this);
        _cancellationToken = cancellationToken;
    }

    /// <summary>What is known about the gateway of <paramref name="receiver"/>.</summary>
    public EdgeSource Evaluate(IOperation? receiver) => Evaluate(receiver, depth: 0);

    private EdgeSource Evaluate(IOperation? operation, int depth)
    {
        if (operation is null)
        {
            return EdgeSource.Unknown;
        }

        if (depth > MaxDepth)
        {
            return EdgeSource.CutShort;
        }

        return operation.WalkDownConversion() switch
        {
            IPropertyReferenceOperation property => EvaluateProperty(property, depth),
            IFieldReferenceOperation field => EvaluateHolder(field.Field.OriginalDefinition, field, depth),
            IParameterReferenceOperation parameter => _symbols.IsEdgeGateway(parameter.Parameter.OriginalDefinition)
                ? EdgeSource.Edge(standardFixTarget: null)
                : EdgeSource.Unknown,
            IInvocationOperation invocation => _symbols.ReturnsEdgeGateway(invocation.TargetMethod.OriginalDefinition)
                ? EdgeSource.Edge(standardFixTarget: null)
                : EvaluateHolder(invocation.TargetMethod.OriginalDefinition, invocation, depth),
            ILocalReferenceOperation local => EvaluateHolder(local.Local, local, depth),
            IObjectCreationOperation creation => EvaluateClientCreation(creation),
            IConditionalAccessInstanceOperation instance => Evaluate(instance.GetConditionalAccessTarget(), depth + 1),

            // `a?.Edge.Predictions` is null or `a.Edge.Predictions`, and null sends nothing to any gateway.
            IConditionalAccessOperation access => Evaluate(access.WhenNotNull, depth + 1),
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

    /// <summary>
    /// <c>.Predictions</c>, <c>.Chat</c> and any later group: an instance property of the client returning another class
    /// of the library. It sends through its client's gateway. <c>.Standard</c> (a client again) does not inherit, nor
    /// does anything that is not a class of the library.
    /// </summary>
    public bool IsOperationGroup(IPropertySymbol property) =>
        !property.IsStatic
        && IsClientMember(property)
        && property.Type is INamedTypeSymbol { TypeKind: TypeKind.Class } type
        && !SymbolEqualityComparer.Default.Equals(type, _symbols.Client)
        && SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, _symbols.Client!.ContainingAssembly);

    private bool IsClientMember(ISymbol member) =>
        _symbols.Client is not null && SymbolEqualityComparer.Default.Equals(member.ContainingType, _symbols.Client);

    private EdgeSource EvaluateHolder(ISymbol holder, IOperation reference, int depth) =>
        holder is ILocalSymbol
            ? EvaluateLocal(holder, reference, depth)
            : EvaluateMember(holder, reference.Syntax.SyntaxTree, reference.SemanticModel, depth);

    /// <summary>
    /// A field, property or method that is not itself a contract: proven Edge when every value it can hold or return is.
    /// Values in <paramref name="tree"/> are evaluated with <paramref name="model"/>; the others from syntax.
    /// </summary>
    public EdgeSource EvaluateMember(ISymbol member, SyntaxTree? tree, SemanticModel? model, int depth)
    {
        if (depth > MaxDepth)
        {
            return EdgeSource.CutShort;
        }

        if (_symbols.IsEdgeGateway(member) || (member is IPropertySymbol property && PositionalRecordProperty.HasEdgeGatewayParameter(property, _symbols)))
        {
            return EdgeSource.Edge(standardFixTarget: null);
        }

        // Values can be in the caller's file only when the member (or, for a field or property, a part of its
        // class) is declared there; otherwise the result is the same for every caller and is shared by all of them.
        if (model is null || !IsDeclaredIn(member, tree))
        {
            tree = null;
        }

        var key = (member, tree);
        if (_members.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var source = EvaluateMemberCore(member, tree, model, depth);
        return source.IsCutShort ? source : _members.GetOrAdd(key, source);
    }

    private static bool IsDeclaredIn(ISymbol member, SyntaxTree? tree)
    {
        foreach (var reference in member.ContainingType?.DeclaringSyntaxReferences ?? ImmutableArray<SyntaxReference>.Empty)
        {
            if (reference.SyntaxTree == tree)
            {
                return true;
            }
        }

        return false;
    }

    private EdgeSource EvaluateMemberCore(ISymbol member, SyntaxTree? tree, SemanticModel? model, int depth)
    {
        if (MemberWrites.Find(member, _cancellationToken) is { } writes)
        {
            var type = member switch
            {
                IFieldSymbol field => field.Type,
                IPropertySymbol property => property.Type,
                _ => null,
            };
            var source = EvaluateAll(writes.Values, type, member, tree, model, depth);

            // Renaming the initializer's `Edge` moves every reader of this member to Standard: offer it only when this
            // call is the one reader, which can be counted for private members of a class declared once.
            return source.IsEdge && source.StandardFixTarget is not null && writes.Values.Length == 1
                && writes.ReadScope is { } readScope && member.DeclaredAccessibility == Accessibility.Private
                ? source.Through(member.Name, readScope)
                : source.IsEdge ? source.WithoutStandardFix() : source;
        }

        if (member is IPropertySymbol or IMethodSymbol && MemberBody.FindReturnedValue(member, _cancellationToken) is { } returned)
        {
            var type = member is IPropertySymbol property ? property.Type : ((IMethodSymbol)member).ReturnType;
            var source = EvaluateAll(ImmutableArray.Create(returned), type, member, tree, model, depth);
            return source.IsEdge ? source.WithoutStandardFix() : source;
        }

        return EdgeSource.Unknown;
    }

    private EdgeSource EvaluateAll(
        ImmutableArray<ExpressionSyntax> values,
        ITypeSymbol? type,
        ISymbol member,
        SyntaxTree? tree,
        SemanticModel? model,
        int depth)
    {
        var result = EdgeSource.Unknown;
        foreach (var value in values)
        {
            EdgeSource source;
            if (model is not null && value.SyntaxTree == tree)
            {
                source = Evaluate(model.GetOperation(value, _cancellationToken), depth + 1);
            }
            else
            {
                var scope = ValueScope.Of(value, member.ContainingType, member as IMethodSymbol);
                source = _syntax.Evaluate(value, type, scope, depth + 1);
            }

            if (!source.IsEdge)
            {
                return source;
            }

            result = source;
        }

        return result;
    }

    private EdgeSource EvaluateLocal(ISymbol holder, IOperation reference, int depth)
    {
        // A local is evaluated by the calls in its own block only, usually one: not worth a shared cache (and its lock).
        if (reference.SemanticModel is not { } model
            || HolderDeclaration.Find(holder, reference.Syntax.SyntaxTree) is not { } declaration
            || declaration.MayBeWritten(holder.Name))
        {
            return EdgeSource.Unknown;
        }

        var source = Evaluate(model.GetOperation(declaration.Initializer, _cancellationToken), depth + 1);

        // Renaming the initializer's `Edge` moves every reader of this local to Standard: only when this call is the one.
        return source.IsEdge && source.StandardFixTarget is not null ? source.Through(holder.Name, declaration.ReadScope) : source;
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
