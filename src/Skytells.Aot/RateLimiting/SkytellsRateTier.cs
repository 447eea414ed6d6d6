namespace Skytells;

/// <summary>The documented spend-based Edge tiers, used by <see cref="SkytellsRateLimitOptions.ForTier"/>.</summary>
public enum SkytellsRateTier
{
    /// <summary>Tier 1 ($0-100/month): 10 requests per minute, 2 concurrent streams.</summary>
    Tier1 = 1,

    /// <summary>Tier 2 ($100-500/month): 25 requests per minute, 5 concurrent streams.</summary>
    Tier2 = 2,

    /// <summary>Business Tier 3 ($500-2,000/month): 75 Edge requests per minute, 10 concurrent streams.</summary>
    Tier3 = 3,
}
