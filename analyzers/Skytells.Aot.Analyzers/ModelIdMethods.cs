using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace Skytells.Aot.Analyzers;

/// <summary>
/// Whether a method or constructor can take a model id at all: a string parameter marked <c>[ModelId]</c> or
/// <c>[EdgeModelId]</c>, a request-type parameter, or a generic parameter that could become one. Decided once per
/// method, so the many calls between the user's own methods leave after one lookup.
/// </summary>
internal sealed class ModelIdMethods
{
    private readonly SkytellsSymbols _symbols;
    private readonly Func<ITypeSymbol, bool> _isRequestType;
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _methods = new(SymbolEqualityComparer.Default);

    public ModelIdMethods(SkytellsSymbols symbols, Func<ITypeSymbol, bool> isRequestType)
    {
        _symbols = symbols;
        _isRequestType = isRequestType;
    }

    /// <summary>Whether calls to <paramref name="method"/> need their arguments analyzed.</summary>
    public bool CanTakeModelId(IMethodSymbol method)
    {
        var definition = method.OriginalDefinition;
        if (definition.Parameters.IsEmpty)
        {
            return false;
        }

        return _methods.TryGetValue(definition, out var can) ? can : _methods.GetOrAdd(definition, Compute(definition));
    }

    private bool Compute(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (parameter.Type.SpecialType == SpecialType.System_String
                ? _symbols.IsModelId(parameter) || _symbols.IsEdgeModelId(parameter)
                : parameter.Type.TypeKind == TypeKind.TypeParameter || _isRequestType(parameter.Type))
            {
                return true;
            }
        }

        return false;
    }
}
