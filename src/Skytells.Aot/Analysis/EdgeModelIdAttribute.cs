namespace Skytells;

/// <summary>
/// Marks a parameter or property of your own code whose model id is always sent to the Edge gateway.
/// Callers passing a constant model that Edge does not serve get SKY1001, and the requirement forwards:
/// passing such a parameter on to another Edge model id is not reported again.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class EdgeModelIdAttribute : Attribute
{
}
