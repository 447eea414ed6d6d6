using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Skytells.Aot.Analyzers;

/// <summary>
/// The single initializer of a local, readonly field or get-only auto-property, the syntax in which anything else
/// could assign it, and the syntax in which it can be read. Holders without one (parameters, settable properties,
/// partial types split across files...) have no declaration here, so the analyzer treats what they hold as unknown.
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

    /// <summary>The syntax that contains every place the holder can be read (complete for locals and private members).</summary>
    public SyntaxNode ReadScope { get; }

    /// <summary>Finds the declaration of <paramref name="holder"/> in <paramref name="tree"/>.</summary>
    public static HolderDeclaration? Find(ISymbol holder, SyntaxTree tree)
    {
        var references = holder.DeclaringSyntaxReferences;
        if (references.Length != 1 || references[0].SyntaxTree != tree)
        {
            return null;
        }

        var syntax = references[0].GetSyntax();
        return holder switch
        {
            ILocalSymbol => FromLocal(syntax),
            IFieldSymbol { IsReadOnly: true, IsConst: false } field => FromMember(field, (syntax as VariableDeclaratorSyntax)?.Initializer?.Value, syntax),
            IPropertySymbol { SetMethod: null } property => FromMember(property, GetAutoPropertyInitializer(syntax), syntax),
            _ => null,
        };
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

    private static HolderDeclaration? FromMember(ISymbol member, ExpressionSyntax? initializer, SyntaxNode syntax)
    {
        // Struct constructors can also assign `this` as a whole: structs stay unknown. A type split across files may
        // have constructors elsewhere.
        if (initializer is null
            || member.ContainingType is not { TypeKind: TypeKind.Class } type
            || type.DeclaringSyntaxReferences.Length != 1
            || syntax.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } declaration)
        {
            return null;
        }

        // Readonly fields and get-only properties can be assigned again only in the type's constructors, init accessors
        // and member initializers: scanning those is enough, and far cheaper than the whole type.
        var writeScopes = ImmutableArray.CreateBuilder<SyntaxNode>();
        foreach (var candidate in declaration.Members)
        {
            if (candidate is ConstructorDeclarationSyntax)
            {
                writeScopes.Add(candidate);
            }
            else if (candidate is FieldDeclarationSyntax field)
            {
                foreach (var variable in field.Declaration.Variables)
                {
                    if (variable.Initializer is { } fieldInitializer)
                    {
                        writeScopes.Add(fieldInitializer);
                    }
                }
            }
            else if (candidate is BasePropertyDeclarationSyntax { AccessorList: { } accessors } property)
            {
                if (property is PropertyDeclarationSyntax { Initializer: { } propertyInitializer })
                {
                    writeScopes.Add(propertyInitializer);
                }

                foreach (var accessor in accessors.Accessors)
                {
                    if (accessor.IsKind(SyntaxKind.InitAccessorDeclaration))
                    {
                        writeScopes.Add(accessor);
                    }
                }
            }
        }

        return new HolderDeclaration(initializer, writeScopes.ToImmutable(), declaration);
    }

    private static ExpressionSyntax? GetAutoPropertyInitializer(SyntaxNode syntax)
    {
        if (syntax is not PropertyDeclarationSyntax { Initializer.Value: { } initializer, AccessorList.Accessors: { Count: 1 } accessors })
        {
            return null;
        }

        var getter = accessors[0];
        return getter.Body is null && getter.ExpressionBody is null ? initializer : null;
    }
}
