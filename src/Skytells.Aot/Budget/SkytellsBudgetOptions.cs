namespace Skytells;

/// <summary>
/// A client-side spending guardrail: once the credits charged (read from <c>metadata.billing.credits_used</c> of the
/// predictions this client sees) or the number of predictions created reaches a cap within <see cref="Period"/>,
/// further creates fail fast with <see cref="SkytellsBudgetExceededException"/> without a request.
/// </summary>
public sealed class SkytellsBudgetOptions
{
    /// <summary>Most credits that may be spent per period. Null = no credit cap.</summary>
    public double? MaxCredits { get; set; }

    /// <summary>Most predictions that may be created per period. Null = no count cap.</summary>
    public int? MaxPredictions { get; set; }

    /// <summary>The rolling period the caps apply to. Null = the lifetime of the client.</summary>
    public TimeSpan? Period { get; set; }
}
