using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Skytells.Aot.Analyzers;

/// <summary>
/// The single initializer of a local, the syntax in which anything else could assign it, and the syntax in which it
/// can be read. Fields and properties are <see cref="MemberWrites"/>' job.
/// </summary>
internal readonly struct HolderDeclaration
{
    private HolderDeclaration(ExpressionSyntax initializer, ImmutableArray<SyntaxNode> writeScopes, SyntaxNode readScope)
    {
        Initializer = initializer;
        WriteScopes = writeScopes;
        ReadScope = readScope;
    }

    /// <summary>The initializer expression.</summary>
    public ExpressionSyntax Initializer { get; }

    /// <summary>The syntax that contains every place the holder can be assigned again.</summary>
    public ImmutableArray<SyntaxNode> WriteScopes { get; }

    /// <summary>The syntax that contains every place the local can be read.</summary>
    public SyntaxNode ReadScope { get; }

    /// <summary>Finds the declaration of the local <paramref name="holder"/> in <paramref name="tree"/>.</summary>
    public static HolderDeclaration? Find(ISymbol holder, SyntaxTree tree)
    {
        var references = holder.DeclaringSyntaxReferences;
        return holder is ILocalSymbol && references.Length == 1 && references[0].SyntaxTree == tree
            ? FromLocal(references[0].GetSyntax())
            : null;
    }

    /// <summary>Whether anything in <see cref="WriteScopes"/> may assign an identifier spelled <paramref name="name"/>.</summary>
    public bool MayBeWritten(string name)
    {
        foreach (var scope in WriteScopes)
        {
            if (HolderUsage.Analyze(scope, name).IsWritten)
            {
                return true;
            }
        }

        return false;
    }

    private static HolderDeclaration? FromLocal(SyntaxNode syntax)
    {
        if (syntax is not VariableDeclaratorSyntax { Initializer.Value: { } initializer })
        {
            return null;
        }

        // A local is visible only in its enclosing block (the whole switch for a switch section; the file for
        // top-level statements), so nothing outside that syntax can assign or read it.
        var scope = syntax.FirstAncestorOrSelf<SyntaxNode>(
            static node => node is BlockSyntax or SwitchStatementSyntax or CompilationUnitSyntax);
        return scope is null ? null : new HolderDeclaration(initializer, ImmutableArray.Create(scope), scope);
    }
}
