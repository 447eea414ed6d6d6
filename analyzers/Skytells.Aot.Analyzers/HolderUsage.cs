using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Skytells.Aot.Analyzers;

/// <summary>
/// How a local, field or property is used inside the syntax that can see it, decided by name only. Matching by name
/// (not by symbol) can only over-count, which makes the analyzer more conservative, never less: a same-named
/// identifier elsewhere just means "maybe written" and the analyzer stays silent.
/// </summary>
internal readonly struct HolderUsage
{
    private HolderUsage(bool isWritten, bool isMemberWritten, int references)
    {
        IsWritten = isWritten;
        IsMemberWritten = isMemberWritten;
        References = references;
    }

    /// <summary>Something other than the initializer may assign the holder (<c>x = ...</c>, <c>ref x</c>, <c>out x</c>...).</summary>
    public bool IsWritten { get; }

    /// <summary>Code may assign a member through the holder (<c>x.Model = ...</c>).</summary>
    public bool IsMemberWritten { get; }

    /// <summary>How many identifiers name the holder in the scope.</summary>
    public int References { get; }

    /// <summary>Scans <paramref name="scope"/> for identifiers spelled <paramref name="name"/>.</summary>
    public static HolderUsage Analyze(SyntaxNode scope, string name)
    {
        var isWritten = false;
        var isMemberWritten = false;
        var references = 0;
        foreach (var node in scope.DescendantNodes())
        {
            if (node is not IdentifierNameSyntax identifier || identifier.Identifier.ValueText != name)
            {
                continue;
            }

            references++;
            var reference = ExpandQualifiedReference(identifier);
            if (IsWrite(reference))
            {
                isWritten = true;
            }
            else if (reference.Parent is MemberAccessExpressionSyntax memberAccess
                && memberAccess.Expression == reference
                && IsWrite(memberAccess))
            {
                isMemberWritten = true;
            }
        }

        return new HolderUsage(isWritten, isMemberWritten, references);
    }

    /// <summary>The whole reference to storage named by <paramref name="identifier"/>: `this.x`, `Type.x`, `(x)` and `x!` name the same storage as `x`.</summary>
    public static ExpressionSyntax ExpandQualifiedReference(IdentifierNameSyntax identifier)
    {
        ExpressionSyntax current = identifier;
        while (true)
        {
            switch (current.Parent)
            {
                case MemberAccessExpressionSyntax memberAccess when memberAccess.Name == current:
                    current = memberAccess;
                    break;
                case ParenthesizedExpressionSyntax parenthesized:
                    current = parenthesized;
                    break;
                case PostfixUnaryExpressionSyntax suppression when suppression.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                    current = suppression;
                    break;
                default:
                    return current;
            }
        }
    }

    /// <summary>Whether <paramref name="expression"/> is assigned, passed by reference, incremented or has its address taken.</summary>
    public static bool IsWrite(ExpressionSyntax expression) => expression.Parent switch
    {
        AssignmentExpressionSyntax assignment => assignment.Left == expression,
        ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None)
            || argument.Parent is TupleExpressionSyntax, // a deconstruction target; reads in tuples are rare enough to treat alike
        PrefixUnaryExpressionSyntax prefix => prefix.IsKind(SyntaxKind.PreIncrementExpression)
            || prefix.IsKind(SyntaxKind.PreDecrementExpression)
            || prefix.IsKind(SyntaxKind.AddressOfExpression),
        PostfixUnaryExpressionSyntax postfix => postfix.IsKind(SyntaxKind.PostIncrementExpression)
            || postfix.IsKind(SyntaxKind.PostDecrementExpression),
        RefExpressionSyntax => true,
        _ => false,
    };
}
