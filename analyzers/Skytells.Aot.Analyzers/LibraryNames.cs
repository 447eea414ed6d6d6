using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Skytells.Aot.Analyzers;

/// <summary>
/// Decides, without a semantic model, that a name written in another file (<c>SkytellsGateway</c>, <c>SkytellsClient</c>,
/// <c>SkytellsClientOptions</c>) can only mean the library's type. <c>global::Skytells.X</c> always does. A bare
/// <c>X</c> does when the file imports <c>Skytells</c> and nothing else could answer to it: no source symbol, alias,
/// <c>using static</c>, parameter or local of that name, no member of that name in the enclosing classes, and no
/// referenced type of that name in the enclosing or imported namespaces. When in doubt the answer is no.
/// </summary>
internal sealed class LibraryNames
{
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<string, bool> _uniqueInSource = new(StringComparer.Ordinal);

    // What a file imports is the same for every name written in one namespace declaration (or outside any): cached by
    // that container, because every call reaching a holder in that file asks again.
    private readonly ConcurrentDictionary<(SyntaxNode Container, string Name), bool> _imports = new();
    private readonly Lazy<GlobalUsings> _globalUsings;

    public LibraryNames(Compilation compilation)
    {
        _compilation = compilation;
        _globalUsings = new Lazy<GlobalUsings>(() => GlobalUsings.Collect(compilation));
    }

    /// <summary>Whether <paramref name="name"/>, written inside <paramref name="scope"/>, names <paramref name="libraryType"/>.</summary>
    public bool Names(ExpressionSyntax name, INamedTypeSymbol? libraryType, ValueScope scope)
    {
        if (libraryType is null)
        {
            return false;
        }

        var simpleName = libraryType.Name;
        if (IsGlobalQualified(name, simpleName))
        {
            return true;
        }

        return name is IdentifierNameSyntax { Identifier.ValueText: var text }
            && text == simpleName
            && IsUniqueInSource(simpleName, libraryType)
            && !_globalUsings.Value.Blocks(simpleName)
            && ImportsOnlyTheLibrary(name, simpleName)
            && !IsShadowedInScope(simpleName, scope);
    }

    // `global::Skytells.X` (a type) or the same as an expression (`global::Skytells.SkytellsGateway.Edge`'s left part).
    private static bool IsGlobalQualified(ExpressionSyntax name, string simpleName) => name switch
    {
        QualifiedNameSyntax { Left: AliasQualifiedNameSyntax left, Right.Identifier.ValueText: var right } => right == simpleName && IsGlobalSkytells(left),
        MemberAccessExpressionSyntax { Expression: AliasQualifiedNameSyntax left, Name.Identifier.ValueText: var right } => right == simpleName && IsGlobalSkytells(left),
        _ => false,
    };

    private static bool IsGlobalSkytells(AliasQualifiedNameSyntax name) =>
        name.Alias.Identifier.IsKind(SyntaxKind.GlobalKeyword) && name.Name.Identifier.ValueText == "Skytells";

    // The compilation declares nothing of that name except the library's own type (when it compiles itself).
    private bool IsUniqueInSource(string simpleName, INamedTypeSymbol libraryType) =>
        _uniqueInSource.GetOrAdd(simpleName, name =>
        {
            if (!_compilation.ContainsSymbolsWithName(name, SymbolFilter.All))
            {
                return true;
            }

            foreach (var symbol in _compilation.GetSymbolsWithName(name, SymbolFilter.All))
            {
                if (!SymbolEqualityComparer.Default.Equals(symbol, libraryType))
                {
                    return false;
                }
            }

            return true;
        });

    // The file (or a global using) imports Skytells; it has no alias or `using static` that could supply the name; and
    // no referenced type of that name sits in an enclosing or imported namespace, where it would win or clash.
    private bool ImportsOnlyTheLibrary(SyntaxNode name, string simpleName)
    {
        var container = name.FirstAncestorOrSelf<SyntaxNode>(static node => node is BaseNamespaceDeclarationSyntax or CompilationUnitSyntax);
        if (container is null)
        {
            return false;
        }

        var key = (container, simpleName);
        return _imports.TryGetValue(key, out var imports) ? imports : _imports.GetOrAdd(key, ComputeImportsOnlyTheLibrary(container, simpleName));
    }

    private bool ComputeImportsOnlyTheLibrary(SyntaxNode container, string simpleName)
    {
        var imported = _globalUsings.Value.ImportsSkytells;
        var namespaces = new List<string>(_globalUsings.Value.Namespaces);
        var enclosing = new List<string>();
        for (SyntaxNode? node = container; node is not null; node = node.Parent)
        {
            SyntaxList<UsingDirectiveSyntax> usings;
            if (node is BaseNamespaceDeclarationSyntax declaration)
            {
                usings = declaration.Usings;
                enclosing.Insert(0, declaration.Name.ToString());
            }
            else if (node is CompilationUnitSyntax unit)
            {
                usings = unit.Usings;
            }
            else
            {
                continue;
            }

            foreach (var directive in usings)
            {
                if (directive.Alias is { } alias)
                {
                    if (alias.Name.Identifier.ValueText == simpleName)
                    {
                        return false;
                    }
                }
                else if (!directive.StaticKeyword.IsKind(SyntaxKind.None))
                {
                    // `using static T` brings in T's nested types, whatever their names.
                    return false;
                }
                else if (directive.Name is not null)
                {
                    var imports = GlobalUsings.Normalize(directive.Name.ToString());
                    imported |= imports == "Skytells";
                    namespaces.Add(imports);
                }
            }
        }

        // Every enclosing namespace is searched before the imported ones: `A.B.X`, then `A.X`.
        var full = string.Join(".", enclosing);
        imported |= IsSkytellsOrNested(full);
        for (var prefix = full; prefix.Length > 0; prefix = prefix.LastIndexOf('.') is var dot and > 0 ? prefix.Substring(0, dot) : string.Empty)
        {
            namespaces.Add(prefix);
        }

        if (!imported || _compilation.GetTypeByMetadataName(simpleName) is not null)
        {
            return false;
        }

        foreach (var candidate in namespaces)
        {
            if (candidate != "Skytells" && _compilation.GetTypeByMetadataName(candidate + "." + simpleName) is not null)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSkytellsOrNested(string name) => name == "Skytells" || name.StartsWith("Skytells.", StringComparison.Ordinal);

    // A parameter, a local or a member of an enclosing class (inherited ones too) of the same name would win.
    private static bool IsShadowedInScope(string simpleName, ValueScope scope)
    {
        if (scope.Method is { } method)
        {
            foreach (var parameter in method.Parameters)
            {
                if (parameter.Name == simpleName)
                {
                    return true;
                }
            }
        }

        if (scope.Body is { } body && ScopeNames.Declares(body, simpleName))
        {
            return true;
        }

        for (INamedTypeSymbol? type = scope.Type; type is not null; type = type.ContainingType)
        {
            if (ScopeNames.HasPrimaryConstructorParameter(type, simpleName))
            {
                return true;
            }

            for (var current = type; current is not null; current = current.BaseType)
            {
                if (!current.GetMembers(simpleName).IsEmpty || !current.GetTypeMembers(simpleName).IsEmpty)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>What the compilation's <c>global using</c> directives import.</summary>
    private sealed class GlobalUsings
    {
        private readonly HashSet<string> _aliases = new(StringComparer.Ordinal);
        private bool _hasStatic;

        public bool ImportsSkytells { get; private set; }

        public List<string> Namespaces { get; } = [];

        public bool Blocks(string simpleName) => _hasStatic || _aliases.Contains(simpleName);

        public static GlobalUsings Collect(Compilation compilation)
        {
            var result = new GlobalUsings();
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (tree.GetRoot() is not CompilationUnitSyntax unit)
                {
                    continue;
                }

                foreach (var directive in unit.Usings)
                {
                    if (directive.GlobalKeyword.IsKind(SyntaxKind.None))
                    {
                        continue;
                    }

                    if (directive.Alias is { } alias)
                    {
                        result._aliases.Add(alias.Name.Identifier.ValueText);
                    }
                    else if (!directive.StaticKeyword.IsKind(SyntaxKind.None))
                    {
                        result._hasStatic = true;
                    }
                    else if (directive.Name is not null)
                    {
                        var name = Normalize(directive.Name.ToString());
                        result.ImportsSkytells |= name == "Skytells";
                        result.Namespaces.Add(name);
                    }
                }
            }

            return result;
        }

        public static string Normalize(string name) =>
            name.StartsWith("global::", StringComparison.Ordinal) ? name.Substring("global::".Length) : name;
    }
}
