using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Skytells.Aot.Analyzers;

/// <summary>
/// The one value a property getter or a method can return, when its body is a single expression (<c>=> _client.Edge</c>,
/// or a block holding only <c>return ...;</c>) and no override can replace it (not virtual, abstract or override).
/// </summary>
internal static class MemberBody
{
    /// <summary>The returned expression of <paramref name="member"/>, or null.</summary>
    public static ExpressionSyntax? FindReturnedValue(ISymbol member, CancellationToken cancellationToken)
    {
        if (member.IsVirtual || member.IsAbstract || member.IsOverride || member.IsExtern
            || member.ContainingType is not { TypeKind: TypeKind.Class or TypeKind.Struct }
            || member.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        return member.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) switch
        {
            PropertyDeclarationSyntax { ExpressionBody.Expression: { } expression } => expression,
            PropertyDeclarationSyntax { AccessorList: { } accessors } => FromGetter(accessors),
            MethodDeclarationSyntax { ExpressionBody.Expression: { } expression } => expression,
            MethodDeclarationSyntax { Body: { } body } => SingleReturn(body),
            _ => null,
        };
    }

    private static ExpressionSyntax? FromGetter(AccessorListSyntax accessors)
    {
        foreach (var accessor in accessors.Accessors)
        {
            if (accessor.Keyword.ValueText == "get")
            {
                return accessor.ExpressionBody?.Expression ?? (accessor.Body is { } body ? SingleReturn(body) : null);
            }
        }

        return null;
    }

    private static ExpressionSyntax? SingleReturn(BlockSyntax body) =>
        body.Statements is { Count: 1 } statements && statements[0] is ReturnStatementSyntax { Expression: { } expression }
            ? expression
            : null;
}
