using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Skytells.Aot.Analyzers;

/// <summary>
/// Every value a readonly field or get-only auto-property of a class can ever hold: its initializer and each
/// <c>member = value;</c> statement in a constructor, across all partial declarations of the class, whatever file
/// they are in. Such members can be assigned nowhere else, so this list is complete; any other kind of write found
/// there (<c>ref</c>, <c>out</c>, deconstruction, compound assignment) makes the member unknown.
/// </summary>
internal sealed class MemberWrites
{
    private MemberWrites(ImmutableArray<ExpressionSyntax> values, SyntaxNode? readScope)
    {
        Values = values;
        ReadScope = readScope;
    }

    /// <summary>The values, each in the syntax tree it is written in.</summary>
    public ImmutableArray<ExpressionSyntax> Values { get; }

    /// <summary>The class declaration when the class has a single one (every read of a private member is inside it), else null.</summary>
    public SyntaxNode? ReadScope { get; }

    /// <summary>Finds the writes of <paramref name="member"/>, or null when they cannot all be known.</summary>
    public static MemberWrites? Find(ISymbol member, CancellationToken cancellationToken)
    {
        if (member.ContainingType is not { TypeKind: TypeKind.Class } type
            || member.DeclaringSyntaxReferences.Length != 1
            || type.DeclaringSyntaxReferences.IsEmpty)
        {
            return null;
        }

        var declaration = member.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        var initializer = (member, declaration) switch
        {
            (IFieldSymbol { IsReadOnly: true, IsConst: false }, VariableDeclaratorSyntax variable) => variable.Initializer?.Value,
            (IPropertySymbol { SetMethod: null }, PropertyDeclarationSyntax property) when IsAutoProperty(property) => property.Initializer?.Value,
            _ => null,
        };
        if (initializer is null && !IsAssignableInConstructorsOnly(member, declaration))
        {
            return null;
        }

        var values = ImmutableArray.CreateBuilder<ExpressionSyntax>();
        if (initializer is not null)
        {
            values.Add(initializer);
        }

        SyntaxNode? readScope = null;
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax part
                || !CollectConstructorWrites(part, member.Name, values))
            {
                return null;
            }

            readScope = type.DeclaringSyntaxReferences.Length == 1 ? part : null;
        }

        return values.Count == 0 ? null : new MemberWrites(values.ToImmutable(), readScope);
    }

    // A readonly field, or a get-only auto-property (no accessor bodies): both are assignable only where scanned here.
    private static bool IsAssignableInConstructorsOnly(ISymbol member, SyntaxNode declaration) => (member, declaration) switch
    {
        (IFieldSymbol { IsReadOnly: true, IsConst: false }, VariableDeclaratorSyntax) => true,
        (IPropertySymbol { SetMethod: null }, PropertyDeclarationSyntax property) => IsAutoProperty(property),
        _ => false,
    };

    private static bool IsAutoProperty(PropertyDeclarationSyntax declaration) =>
        declaration is { AccessorList.Accessors: { Count: 1 } accessors, ExpressionBody: null }
        && accessors[0].IsKind(SyntaxKind.GetAccessorDeclaration)
        && accessors[0].Body is null
        && accessors[0].ExpressionBody is null;

    // Constructors, other members' initializers and init accessors are the only places that can assign the member.
    private static bool CollectConstructorWrites(TypeDeclarationSyntax part, string name, ImmutableArray<ExpressionSyntax>.Builder values)
    {
        foreach (var candidate in part.Members)
        {
            switch (candidate)
            {
                case ConstructorDeclarationSyntax constructor:
                    if (!CollectAssignments(constructor, name, values))
                    {
                        return false;
                    }

                    break;
                case FieldDeclarationSyntax field:
                    foreach (var variable in field.Declaration.Variables)
                    {
                        if (variable.Initializer is { } fieldInitializer && HolderUsage.Analyze(fieldInitializer, name).IsWritten)
                        {
                            return false;
                        }
                    }

                    break;
                case BasePropertyDeclarationSyntax property:
                    if (property is PropertyDeclarationSyntax { Initializer: { } propertyInitializer }
                        && HolderUsage.Analyze(propertyInitializer, name).IsWritten)
                    {
                        return false;
                    }

                    foreach (var accessor in property.AccessorList?.Accessors ?? default)
                    {
                        if (accessor.IsKind(SyntaxKind.InitAccessorDeclaration) && HolderUsage.Analyze(accessor, name).IsWritten)
                        {
                            return false;
                        }
                    }

                    break;
            }
        }

        return true;
    }

    // `name = value;` and `this.name = value;` as statements (or a constructor's `=> name = value`) give values; any
    // other write gives up.
    private static bool CollectAssignments(ConstructorDeclarationSyntax constructor, string name, ImmutableArray<ExpressionSyntax>.Builder values)
    {
        foreach (var node in constructor.DescendantNodes())
        {
            if (node is not IdentifierNameSyntax identifier || identifier.Identifier.ValueText != name)
            {
                continue;
            }

            var target = HolderUsage.ExpandQualifiedReference(identifier);
            if (!HolderUsage.IsWrite(target))
            {
                continue;
            }

            if (target.Parent is not AssignmentExpressionSyntax { Parent: ExpressionStatementSyntax or ArrowExpressionClauseSyntax } assignment
                || !assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
                || !IsOwnMember(target))
            {
                return false;
            }

            values.Add(assignment.Right);
        }

        return true;
    }

    // `name` or `this.name`; `other.name` (another instance) is a write this list cannot attribute.
    private static bool IsOwnMember(ExpressionSyntax target) =>
        target is IdentifierNameSyntax
        || target is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax };
}
