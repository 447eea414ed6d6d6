using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Skytells.Aot.Analyzers;

/// <summary>
/// The library symbols the analyzer works from, resolved once per compilation. Only the attribute and type names of
/// the public API are relied on, never method names, so new model-carrying members are checked as soon as the
/// library marks them.
/// </summary>
internal sealed class SkytellsSymbols
{
    private SkytellsSymbols(
        INamedTypeSymbol modelIdAttribute,
        INamedTypeSymbol? edgeModelIdAttribute,
        INamedTypeSymbol? edgeGatewayAttribute,
        INamedTypeSymbol? client,
        INamedTypeSymbol? clientOptions,
        INamedTypeSymbol? gateway)
    {
        ModelIdAttribute = modelIdAttribute;
        EdgeModelIdAttribute = edgeModelIdAttribute;
        EdgeGatewayAttribute = edgeGatewayAttribute;
        Client = client;
        ClientOptions = clientOptions;
        Gateway = gateway;
        EdgeGatewayValue = FindConstant(gateway, "Edge");
        HasStandardGatewayMember = FindConstant(gateway, "Standard") is not null;
        HasStandardClientView = client is not null && HasInstanceProperty(client, "Standard", client);
    }

    /// <summary><c>Skytells.ModelIdAttribute</c>: a model id routed by the receiving client's gateway.</summary>
    public INamedTypeSymbol ModelIdAttribute { get; }

    /// <summary><c>Skytells.EdgeModelIdAttribute</c>: a model id that always goes to Edge.</summary>
    public INamedTypeSymbol? EdgeModelIdAttribute { get; }

    /// <summary><c>Skytells.EdgeGatewayAttribute</c>: a client or operation group bound to Edge.</summary>
    public INamedTypeSymbol? EdgeGatewayAttribute { get; }

    /// <summary><c>Skytells.SkytellsClient</c>.</summary>
    public INamedTypeSymbol? Client { get; }

    /// <summary><c>Skytells.SkytellsClientOptions</c>.</summary>
    public INamedTypeSymbol? ClientOptions { get; }

    /// <summary><c>Skytells.SkytellsGateway</c>.</summary>
    public INamedTypeSymbol? Gateway { get; }

    /// <summary>The constant value of <c>SkytellsGateway.Edge</c>, or null when the enum is missing.</summary>
    public object? EdgeGatewayValue { get; }

    /// <summary>Whether <c>SkytellsGateway.Standard</c> exists, so the constructor's gateway can be renamed to it.</summary>
    public bool HasStandardGatewayMember { get; }

    /// <summary>Whether <c>SkytellsClient.Standard</c> exists, so <c>client.Edge</c> can be renamed to it.</summary>
    public bool HasStandardClientView { get; }

    /// <summary>
    /// Resolves the symbols, or returns null when the compilation does not reference Skytells.Aot: the analyzer then
    /// registers nothing and costs nothing.
    /// </summary>
    public static SkytellsSymbols? TryCreate(Compilation compilation)
    {
        var modelId = compilation.GetTypeByMetadataName("Skytells.ModelIdAttribute");
        if (modelId is null)
        {
            return null;
        }

        return new SkytellsSymbols(
            modelId,
            compilation.GetTypeByMetadataName("Skytells.EdgeModelIdAttribute"),
            compilation.GetTypeByMetadataName("Skytells.EdgeGatewayAttribute"),
            compilation.GetTypeByMetadataName("Skytells.SkytellsClient"),
            compilation.GetTypeByMetadataName("Skytells.SkytellsClientOptions"),
            compilation.GetTypeByMetadataName("Skytells.SkytellsGateway"));
    }

    /// <summary>Whether <paramref name="symbol"/> carries <c>[ModelId]</c>.</summary>
    public bool IsModelId(ISymbol symbol) => HasAttribute(symbol.GetAttributes(), ModelIdAttribute);

    /// <summary>Whether <paramref name="symbol"/> carries <c>[EdgeModelId]</c>.</summary>
    public bool IsEdgeModelId(ISymbol symbol) => HasAttribute(symbol.GetAttributes(), EdgeModelIdAttribute);

    /// <summary>Whether <paramref name="symbol"/> carries <c>[EdgeGateway]</c>.</summary>
    public bool IsEdgeGateway(ISymbol symbol) => HasAttribute(symbol.GetAttributes(), EdgeGatewayAttribute);

    /// <summary>Whether the value returned by <paramref name="method"/> is marked <c>[return: EdgeGateway]</c>.</summary>
    public bool ReturnsEdgeGateway(IMethodSymbol method) => HasAttribute(method.GetReturnTypeAttributes(), EdgeGatewayAttribute);

    /// <summary>Whether <paramref name="value"/> is the constant <c>SkytellsGateway.Edge</c>.</summary>
    public bool IsEdgeGatewayConstant(IOperation value) =>
        EdgeGatewayValue is not null && value.ConstantValue.HasValue && Equals(value.ConstantValue.Value, EdgeGatewayValue);

    private static bool HasAttribute(ImmutableArray<AttributeData> attributes, INamedTypeSymbol? attribute)
    {
        if (attribute is null)
        {
            return false;
        }

        foreach (var data in attributes)
        {
            if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
            {
                return true;
            }
        }

        return false;
    }

    private static object? FindConstant(INamedTypeSymbol? type, string name)
    {
        if (type is null)
        {
            return null;
        }

        foreach (var member in type.GetMembers(name))
        {
            if (member is IFieldSymbol { HasConstantValue: true } field)
            {
                return field.ConstantValue;
            }
        }

        return null;
    }

    private static bool HasInstanceProperty(INamedTypeSymbol type, string name, INamedTypeSymbol propertyType)
    {
        foreach (var member in type.GetMembers(name))
        {
            if (member is IPropertySymbol { IsStatic: false } property
                && SymbolEqualityComparer.Default.Equals(property.Type, propertyType))
            {
                return true;
            }
        }

        return false;
    }
}
