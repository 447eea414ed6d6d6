namespace Skytells;

/// <summary>A create was refused on the client because the configured <see cref="SkytellsBudgetOptions"/> cap was reached.</summary>
public sealed class SkytellsBudgetExceededException : SkytellsException
{
    /// <summary>The error id of this failure.</summary>
    public const string BudgetExceededErrorId = "BUDGET_EXCEEDED";

    internal SkytellsBudgetExceededException(string message, double creditsSpent, int predictionsCreated)
        : base(new SkytellsErrorInfo { ErrorId = BudgetExceededErrorId, Message = message })
    {
        CreditsSpent = creditsSpent;
        PredictionsCreated = predictionsCreated;
    }

    /// <summary>Credits counted in the current period.</summary>
    public double CreditsSpent { get; }

    /// <summary>Predictions created in the current period.</summary>
    public int PredictionsCreated { get; }
}
