using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace Skytells.Aot.Analyzers;

/// <summary>
/// Which assemblies can declare members that carry a model id or send a request: the library itself, the assembly
/// being compiled, and assemblies that reference the library (users' wrapper libraries). The attributes live in the
/// library, so nothing else can carry them: a call into the BCL or any other package leaves after one lookup.
/// </summary>
internal sealed class LibraryReach
{
    private readonly IAssemblySymbol _library;
    private readonly IAssemblySymbol _compiled;
    private readonly ConcurrentDictionary<IAssemblySymbol, bool> _others = new(SymbolEqualityComparer.Default);

    public LibraryReach(IAssemblySymbol library, IAssemblySymbol compiled)
    {
        _library = library;
        _compiled = compiled;
    }

    /// <summary>Whether members of <paramref name="assembly"/> can carry a model id.</summary>
    public bool Reaches(IAssemblySymbol? assembly)
    {
        if (assembly is null)
        {
            return false;
        }

        if (ReferenceEquals(assembly, _library) || ReferenceEquals(assembly, _compiled))
        {
            return true;
        }

        return _others.TryGetValue(assembly, out var reaches) ? reaches : _others.GetOrAdd(assembly, ReferencesLibrary(assembly));
    }

    private bool ReferencesLibrary(IAssemblySymbol assembly)
    {
        if (SymbolEqualityComparer.Default.Equals(assembly, _library) || SymbolEqualityComparer.Default.Equals(assembly, _compiled))
        {
            return true;
        }

        foreach (var module in assembly.Modules)
        {
            foreach (var referenced in module.ReferencedAssemblies)
            {
                if (referenced.Name == _library.Identity.Name)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
