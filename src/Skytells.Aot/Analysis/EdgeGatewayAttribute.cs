namespace Skytells;

/// <summary>
/// Declares that a client (a <see cref="SkytellsClient"/> or one of its operation groups) held by this parameter,
/// field or property, or returned by this member, is bound to the Edge gateway. The Skytells analyzer then checks
/// model ids used through it, which lets your own wrappers take part in compile-time Edge checks.
/// </summary>
[AttributeUsage(
    AttributeTargets.Parameter | AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.ReturnValue,
    AllowMultiple = false,
    Inherited = true)]
public sealed class EdgeGatewayAttribute : Attribute
{
}
