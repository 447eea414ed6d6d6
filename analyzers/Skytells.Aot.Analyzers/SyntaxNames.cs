using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Skytells.Aot.Analyzers;

/// <summary>Finds the simple name a member reference was written with (<c>a.Edge</c>, <c>a?.Edge</c>, <c>Edge</c>).</summary>
internal static class SyntaxNames
{
    /// <summary>The name node of <paramref name="syntax"/> when it is spelled <paramref name="name"/>, else null.</summary>
    public static SimpleNameSyntax? GetName(SyntaxNode syntax, string name)
    {
        var simpleName = syntax switch
        {
            MemberAccessExpressionSyntax memberAccess => memberAccess.Name,
            MemberBindingExpressionSyntax memberBinding => memberBinding.Name,
            SimpleNameSyntax simple => simple,
            _ => null,
        };

        return simpleName is IdentifierNameSyntax && simpleName.Identifier.ValueText == name ? simpleName : null;
    }
}
