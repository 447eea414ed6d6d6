namespace Skytells;

/// <summary>
/// Marks a parameter or property that carries a model id sent to whichever gateway the receiving client is bound to.
/// The Skytells analyzer checks constant values of such members against the model catalog when the call goes to Edge.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class ModelIdAttribute : Attribute
{
}
