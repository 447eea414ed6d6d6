namespace Skytells.Emulator;

/// <summary>The plan of the account an API key belongs to; it decides whether the Edge gateway accepts the key.</summary>
public enum AccountPlan
{
    /// <summary>Free plan: Standard gateway only.</summary>
    Free,

    /// <summary>Pro plan: Standard gateway only.</summary>
    Pro,

    /// <summary>Business plan: Standard and Edge gateways.</summary>
    Business,

    /// <summary>Enterprise plan: Standard and Edge gateways.</summary>
    Enterprise,
}
