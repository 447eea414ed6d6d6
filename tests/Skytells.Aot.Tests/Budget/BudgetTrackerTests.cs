using Microsoft.Extensions.Time.Testing;

namespace Skytells.Tests.Budget;

public sealed class BudgetTrackerTests
{
    private static Prediction Charged(string id, double credits) =>
        new() { Id = id, Metadata = new PredictionMetadata { Billing = new PredictionBilling { CreditsUsed = credits } } };

    [Fact]
    public void Creates_are_refused_once_the_count_cap_is_reached()
    {
        var tracker = new BudgetTracker(new SkytellsBudgetOptions { MaxPredictions = 2 }, new FakeTimeProvider());
        tracker.ReserveCreate();
        tracker.ReserveCreate();
        var error = Assert.Throws<SkytellsBudgetExceededException>(tracker.ReserveCreate);
        Assert.Equal(2, error.PredictionsCreated);
        Assert.Equal("BUDGET_EXCEEDED", error.ErrorId);
    }

    [Fact]
    public void Credits_are_counted_once_per_prediction()
    {
        var tracker = new BudgetTracker(new SkytellsBudgetOptions { MaxCredits = 0.1 }, new FakeTimeProvider());
        tracker.Observe(Charged("a", 0.06));
        tracker.Observe(Charged("a", 0.06));
        tracker.ReserveCreate();
        tracker.Observe(Charged("b", 0.05));
        var error = Assert.Throws<SkytellsBudgetExceededException>(tracker.ReserveCreate);
        Assert.Equal(0.11, error.CreditsSpent, 6);
    }

    [Fact]
    public void A_rolling_period_frees_the_budget_again()
    {
        var clock = new FakeTimeProvider();
        var tracker = new BudgetTracker(new SkytellsBudgetOptions { MaxPredictions = 1, Period = TimeSpan.FromMinutes(1) }, clock);
        tracker.ReserveCreate();
        Assert.Throws<SkytellsBudgetExceededException>(tracker.ReserveCreate);
        clock.Advance(TimeSpan.FromSeconds(61));
        tracker.ReserveCreate();
        Assert.Equal(1, tracker.Current.Creates);
    }
}
