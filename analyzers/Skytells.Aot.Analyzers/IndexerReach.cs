using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Skytells.Aot.Analyzers;

/// <summary>
/// Whether any indexer of the compilation can take a model id: one declared in its source, one of the library
/// marked so, or any indexer of another referenced assembly that references the library (a wrapper library).
/// </summary>
internal static class IndexerReach
{
    // What the library itself declares does not change between compilations: look once per library assembly.
    private static readonly ConditionalWeakTable<IAssemblySymbol, object> LibraryHasModelIdIndexer = new();

    /// <summary>True when property references with arguments must be analyzed.</summary>
    public static bool AnyCanTakeModelId(Compilation compilation, SkytellsSymbols symbols)
    {
        // The declaration table knows every member name without binding; an indexer is named "this[]".
        if (compilation.ContainsSymbolsWithName(WellKnownMemberNames.Indexer, SymbolFilter.Member))
        {
            return true;
        }

        var library = symbols.ModelIdAttribute.ContainingAssembly;
        if (LibraryHasModelIdIndexer.GetValue(library, assembly => HasModelIdIndexer(assembly.GlobalNamespace, symbols)) is true)
        {
            return true;
        }

        foreach (var referenced in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (!ReferenceEquals(referenced, library) && References(referenced, library))
            {
                return true;
            }
        }

        return false;
    }

    private static bool References(IAssemblySymbol assembly, IAssemblySymbol library)
    {
        foreach (var module in assembly.Modules)
        {
            foreach (var name in module.ReferencedAssemblies)
            {
                if (name.Name == library.Identity.Name)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasModelIdIndexer(INamespaceOrTypeSymbol container, SkytellsSymbols symbols)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is INamespaceOrTypeSymbol nested && HasModelIdIndexer(nested, symbols))
            {
                return true;
            }

            if (member is IPropertySymbol { IsIndexer: true } indexer)
            {
                foreach (var parameter in indexer.Parameters)
                {
                    if (symbols.IsModelId(parameter) || symbols.IsEdgeModelId(parameter))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
