using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Skytells.Aot.Analyzers;

/// <summary>
/// Where a value read from syntax alone (no semantic model) is written: the class it belongs to, the member whose
/// parameters are in scope, and the syntax that may declare locals. Simple names are resolved against these the way
/// the compiler would, and any name that a local or a primary-constructor parameter could capture is left unresolved.
/// </summary>
internal readonly struct ValueScope
{
    public ValueScope(INamedTypeSymbol type, IMethodSymbol? method, SyntaxNode? body)
    {
        Type = type;
        Method = method;
        Body = body;
    }

    /// <summary>The class the value is written in.</summary>
    public INamedTypeSymbol Type { get; }

    /// <summary>The constructor or method whose parameters are in scope, if any.</summary>
    public IMethodSymbol? Method { get; }

    /// <summary>The syntax of that member, scanned for locals that would shadow a member.</summary>
    public SyntaxNode? Body { get; }

    /// <summary>The scope of <paramref name="value"/>, written in a member or initializer of <paramref name="type"/>.</summary>
    public static ValueScope Of(ExpressionSyntax value, INamedTypeSymbol type, IMethodSymbol? method)
    {
        if (method is not null)
        {
            return new ValueScope(type, method, value.FirstAncestorOrSelf<MemberDeclarationSyntax>());
        }

        // A constructor body: find its symbol so that its parameters resolve.
        if (value.FirstAncestorOrSelf<ConstructorDeclarationSyntax>() is { } constructor)
        {
            foreach (var candidate in constructor.Modifiers.Any(Microsoft.CodeAnalysis.CSharp.SyntaxKind.StaticKeyword) ? type.StaticConstructors : type.InstanceConstructors)
            {
                if (candidate.DeclaringSyntaxReferences.Length == 1 && candidate.DeclaringSyntaxReferences[0].GetSyntax() == constructor)
                {
                    return new ValueScope(type, candidate, constructor);
                }
            }
        }

        return new ValueScope(type, method: null, value.FirstAncestorOrSelf<MemberDeclarationSyntax>());
    }
}
