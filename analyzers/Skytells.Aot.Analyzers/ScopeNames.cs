using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Skytells.Aot.Analyzers;

/// <summary>Names that code inside a member could bind to instead of a member of its class.</summary>
internal static class ScopeNames
{
    /// <summary>Whether <paramref name="body"/> declares a local, pattern variable, range variable or lambda parameter named <paramref name="name"/>.</summary>
    public static bool Declares(SyntaxNode body, string name)
    {
        foreach (var node in body.DescendantNodes())
        {
            var declared = node switch
            {
                VariableDeclaratorSyntax variable => variable.Identifier,
                SingleVariableDesignationSyntax designation => designation.Identifier,
                ForEachStatementSyntax forEach => forEach.Identifier,
                CatchDeclarationSyntax @catch => @catch.Identifier,
                // The member's own parameters come from its symbol; only lambdas' and local functions' can shadow.
                ParameterSyntax parameter when parameter.Parent?.Parent is not (BaseMethodDeclarationSyntax or TypeDeclarationSyntax or IndexerDeclarationSyntax) => parameter.Identifier,
                LocalFunctionStatementSyntax function => function.Identifier,
                FromClauseSyntax from => from.Identifier,
                LetClauseSyntax let => let.Identifier,
                JoinClauseSyntax join => join.Identifier,
                QueryContinuationSyntax into => into.Identifier,
                _ => default,
            };
            if (declared.ValueText == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="type"/> has a primary constructor with a parameter named <paramref name="name"/>.</summary>
    public static bool HasPrimaryConstructorParameter(INamedTypeSymbol type, string name) =>
        FindPrimaryConstructorParameter(type, name) is not null;

    /// <summary>The primary-constructor parameter of <paramref name="type"/> named <paramref name="name"/>, if any.</summary>
    public static IParameterSymbol? FindPrimaryConstructorParameter(INamedTypeSymbol type, string name)
    {
        foreach (var constructor in type.InstanceConstructors)
        {
            if (constructor.DeclaringSyntaxReferences.Length != 1
                || constructor.DeclaringSyntaxReferences[0].GetSyntax() is not TypeDeclarationSyntax)
            {
                continue;
            }

            foreach (var parameter in constructor.Parameters)
            {
                if (parameter.Name == name)
                {
                    return parameter;
                }
            }
        }

        return null;
    }
}
