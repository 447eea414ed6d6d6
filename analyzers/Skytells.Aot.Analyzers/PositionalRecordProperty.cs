using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Skytells.Aot.Analyzers;

/// <summary>
/// In <c>record R([EdgeGateway] SkytellsClient Client)</c> the attribute lands on the constructor parameter, not on the
/// property the compiler generates from it; the user evidently means the property too, so it counts for both.
/// </summary>
internal static class PositionalRecordProperty
{
    /// <summary>Whether <paramref name="property"/> is generated from a primary-constructor parameter marked <c>[EdgeGateway]</c>.</summary>
    public static bool HasEdgeGatewayParameter(IPropertySymbol property, SkytellsSymbols symbols)
    {
        if (symbols.EdgeGatewayAttribute is null
            || property.DeclaringSyntaxReferences.Length != 1
            || property.DeclaringSyntaxReferences[0].GetSyntax() is not ParameterSyntax { Parent.Parent: RecordDeclarationSyntax } syntax)
        {
            return false;
        }

        foreach (var constructor in property.ContainingType.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (parameter.DeclaringSyntaxReferences.Length == 1 && parameter.DeclaringSyntaxReferences[0].GetSyntax() == syntax)
                {
                    return symbols.IsEdgeGateway(parameter);
                }
            }
        }

        return false;
    }
}
