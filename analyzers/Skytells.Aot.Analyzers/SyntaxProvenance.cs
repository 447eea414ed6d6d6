using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Skytells.Aot.Analyzers;

/// <summary>
/// The part of <see cref="EdgeProvenance"/> for values written in another file than the call being analyzed, where
/// only syntax and symbols are at hand (asking the compilation for that file's semantic model would rebind it on
/// every call, RS1030). It accepts a few shapes whose meaning is certain without binding: <c>new(...)</c> and
/// <c>new SkytellsClient(...)</c> with <c>SkytellsGateway.Edge</c> or options setting it, and chains of simple names
/// and member accesses (<c>_client.Edge</c>, <c>this.Shared.Predictions</c>, <c>client?.Edge</c>) resolved by member
/// lookup on the symbols. Anything else is unknown.
/// </summary>
internal sealed class SyntaxProvenance
{
    private readonly SkytellsSymbols _symbols;
    private readonly LibraryNames _names;
    private readonly EdgeProvenance _members;

    public SyntaxProvenance(SkytellsSymbols symbols, LibraryNames names, EdgeProvenance members)
    {
        _symbols = symbols;
        _names = names;
        _members = members;
    }

    /// <summary>What is known about <paramref name="value"/>, stored into something of type <paramref name="targetType"/>.</summary>
    public EdgeSource Evaluate(ExpressionSyntax value, ITypeSymbol? targetType, ValueScope scope, int depth)
    {
        if (depth > EdgeProvenance.MaxDepth)
        {
            return EdgeSource.CutShort;
        }

        switch (value)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Evaluate(parenthesized.Expression, targetType, scope, depth + 1);
            case PostfixUnaryExpressionSyntax suppression when suppression.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                return Evaluate(suppression.Operand, targetType, scope, depth + 1);
            case ConditionalAccessExpressionSyntax access:
                // `a?.b` is null or `a.b`: null sends nothing anywhere.
                return Evaluate(access.WhenNotNull, targetType, scope, depth + 1);
            case ImplicitObjectCreationExpressionSyntax creation when IsClient(targetType):
                return EvaluateClientArguments(creation.ArgumentList, scope);
            case ObjectCreationExpressionSyntax creation when _names.Names(creation.Type, _symbols.Client, scope):
                return EvaluateClientArguments(creation.ArgumentList, scope);
            case IdentifierNameSyntax or MemberAccessExpressionSyntax or MemberBindingExpressionSyntax:
                return Resolve(value, scope, out var receiver) is { } symbol
                    ? EvaluateSymbol(symbol, receiver, scope, depth)
                    : EdgeSource.Unknown;
            default:
                return EdgeSource.Unknown;
        }
    }

    private EdgeSource EvaluateSymbol(ISymbol symbol, ExpressionSyntax? receiver, ValueScope scope, int depth)
    {
        switch (symbol)
        {
            case IParameterSymbol parameter:
                return _symbols.IsEdgeGateway(parameter.OriginalDefinition) ? EdgeSource.Edge(standardFixTarget: null) : EdgeSource.Unknown;
            case IPropertySymbol property when _members.IsOperationGroup(property.OriginalDefinition):
                return receiver is null ? EdgeSource.Unknown : Evaluate(receiver, targetType: null, scope, depth + 1);
            case IFieldSymbol or IPropertySymbol:
                return _members.EvaluateMember(symbol.OriginalDefinition, tree: null, model: null, depth + 1);
            default:
                return EdgeSource.Unknown;
        }
    }

    // The symbol a simple name or member access stands for, by the compiler's member lookup; null when unsure.
    private ISymbol? Resolve(ExpressionSyntax value, ValueScope scope, out ExpressionSyntax? receiver)
    {
        receiver = null;
        switch (value)
        {
            case IdentifierNameSyntax identifier:
                return ResolveSimpleName(identifier.Identifier.ValueText, scope);
            case MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax name } when value.IsKind(SyntaxKind.SimpleMemberAccessExpression):
                return LookUpValueMember(scope.Type, name.Identifier.ValueText, includeOuterTypes: false);
            case MemberAccessExpressionSyntax { Name: IdentifierNameSyntax name } access when value.IsKind(SyntaxKind.SimpleMemberAccessExpression):
                receiver = access.Expression;
                return ResolveMember(access.Expression, name.Identifier.ValueText, scope);
            case MemberBindingExpressionSyntax { Name: IdentifierNameSyntax name } binding:
                receiver = FindConditionalTarget(binding);
                return receiver is null ? null : ResolveMember(receiver, name.Identifier.ValueText, scope);
            default:
                return null;
        }
    }

    // `receiver.name`: the member of the receiver's static type (library types are sealed, so that is what runs).
    private ISymbol? ResolveMember(ExpressionSyntax receiver, string name, ValueScope scope)
    {
        var unwrapped = receiver;
        while (unwrapped is ParenthesizedExpressionSyntax or PostfixUnaryExpressionSyntax)
        {
            unwrapped = unwrapped is ParenthesizedExpressionSyntax parenthesized
                ? parenthesized.Expression
                : ((PostfixUnaryExpressionSyntax)unwrapped).Operand;
        }

        if (unwrapped is not (IdentifierNameSyntax or MemberAccessExpressionSyntax or MemberBindingExpressionSyntax)
            || Resolve(unwrapped, scope, out _) is not { } owner)
        {
            return null;
        }

        var type = owner switch
        {
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            IParameterSymbol parameter => parameter.Type,
            _ => null,
        };
        return type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named
            ? LookUpValueMember(named, name, includeOuterTypes: false)
            : null;
    }

    private static ISymbol? ResolveSimpleName(string name, ValueScope scope)
    {
        if (scope.Body is { } body && ScopeNames.Declares(body, name))
        {
            return null;
        }

        if (scope.Method is { } method)
        {
            foreach (var parameter in method.Parameters)
            {
                if (parameter.Name == name)
                {
                    return parameter;
                }
            }
        }

        var member = LookUpValueMember(scope.Type, name, includeOuterTypes: true);
        var primary = ScopeNames.FindPrimaryConstructorParameter(scope.Type, name);

        // A member and a primary-constructor parameter of one name: which one binds depends on where; stay out.
        return member is not null && primary is not null ? null : member ?? primary;
    }

    // The first field or property named `name` in the class, its bases, then (for simple names) the enclosing classes.
    // Anything else of that name found first (a method, a nested type, an event) means the name is not a value we know.
    private static ISymbol? LookUpValueMember(INamedTypeSymbol type, string name, bool includeOuterTypes)
    {
        for (INamedTypeSymbol? outer = type; outer is not null; outer = includeOuterTypes ? outer.ContainingType : null)
        {
            for (var current = outer; current is not null; current = current.BaseType)
            {
                var members = current.GetMembers(name);
                if (members.IsEmpty)
                {
                    continue;
                }

                return members.Length == 1 && members[0] is IFieldSymbol or IPropertySymbol { IsIndexer: false } ? members[0] : null;
            }
        }

        return null;
    }

    private static ExpressionSyntax? FindConditionalTarget(MemberBindingExpressionSyntax binding)
    {
        SyntaxNode child = binding;
        for (var parent = binding.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            if (parent is ConditionalAccessExpressionSyntax access && access.WhenNotNull == child)
            {
                return access.Expression;
            }
        }

        return null;
    }

    // The client constructors take the gateway either directly or in the options' initializer.
    private EdgeSource EvaluateClientArguments(ArgumentListSyntax? arguments, ValueScope scope)
    {
        if (arguments is null || _symbols.Client is null)
        {
            return EdgeSource.Unknown;
        }

        for (var index = 0; index < arguments.Arguments.Count; index++)
        {
            var argument = arguments.Arguments[index];
            if (IsEdgeMember(argument.Expression, scope))
            {
                return AcceptsGateway(argument, index) ? EdgeSource.Edge(standardFixTarget: null) : EdgeSource.Unknown;
            }

            if (argument.Expression is BaseObjectCreationExpressionSyntax options && IsOptionsArgument(argument, index, options, scope))
            {
                return EvaluateOptions(options, scope);
            }
        }

        return EdgeSource.Unknown;
    }

    private bool AcceptsGateway(ArgumentSyntax argument, int index)
    {
        foreach (var constructor in _symbols.Client!.InstanceConstructors)
        {
            if (FindParameter(constructor, argument, index) is { } parameter
                && SymbolEqualityComparer.Default.Equals(parameter.Type, _symbols.Gateway))
            {
                return true;
            }
        }

        return false;
    }

    // `new SkytellsClientOptions { ... }` anywhere an options parameter sits; `new() { ... }` only where nothing
    // but options (or a string, which `new()` cannot create) can sit.
    private bool IsOptionsArgument(ArgumentSyntax argument, int index, BaseObjectCreationExpressionSyntax creation, ValueScope scope)
    {
        var explicitOptions = creation is ObjectCreationExpressionSyntax named && _names.Names(named.Type, _symbols.ClientOptions, scope);
        if (creation is ObjectCreationExpressionSyntax && !explicitOptions)
        {
            return false;
        }

        var takesOptions = false;
        foreach (var constructor in _symbols.Client!.InstanceConstructors)
        {
            if (FindParameter(constructor, argument, index) is not { } parameter)
            {
                continue;
            }

            if (SymbolEqualityComparer.Default.Equals(parameter.Type, _symbols.ClientOptions))
            {
                takesOptions = true;
            }
            else if (!explicitOptions && parameter.Type.SpecialType != SpecialType.System_String)
            {
                return false;
            }
        }

        return takesOptions;
    }

    private static IParameterSymbol? FindParameter(IMethodSymbol constructor, ArgumentSyntax argument, int index)
    {
        if (argument.NameColon is { } nameColon)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (parameter.Name == nameColon.Name.Identifier.ValueText)
                {
                    return parameter;
                }
            }

            return null;
        }

        return index < constructor.Parameters.Length ? constructor.Parameters[index] : null;
    }

    private EdgeSource EvaluateOptions(BaseObjectCreationExpressionSyntax creation, ValueScope scope)
    {
        if (creation.ArgumentList is { Arguments.Count: > 0 } || creation.Initializer is not { } initializer
            || !initializer.IsKind(SyntaxKind.ObjectInitializerExpression) || _symbols.ClientOptions is null)
        {
            return EdgeSource.Unknown;
        }

        foreach (var expression in initializer.Expressions)
        {
            if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax target } assignment
                && LookUpValueMember(_symbols.ClientOptions, target.Identifier.ValueText, includeOuterTypes: false) is IPropertySymbol property
                && SymbolEqualityComparer.Default.Equals(property.Type, _symbols.Gateway))
            {
                return IsEdgeMember(assignment.Right, scope) ? EdgeSource.Edge(standardFixTarget: null) : EdgeSource.Unknown;
            }
        }

        return EdgeSource.Unknown;
    }

    // `SkytellsGateway.Edge`, the enum member itself (its constant is checked once, in SkytellsSymbols).
    private bool IsEdgeMember(ExpressionSyntax value, ValueScope scope) =>
        _symbols.EdgeGatewayValue is not null
        && value is MemberAccessExpressionSyntax { Name: IdentifierNameSyntax { Identifier.ValueText: "Edge" } } access
        && access.IsKind(SyntaxKind.SimpleMemberAccessExpression)
        && _names.Names(access.Expression, _symbols.Gateway, scope);

    private bool IsClient(ITypeSymbol? type) =>
        _symbols.Client is not null && SymbolEqualityComparer.Default.Equals(type, _symbols.Client);
}
