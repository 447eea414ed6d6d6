using System.Globalization;

namespace Skytells;

/// <summary>Counts creates and credits per rolling period for one client and all its views.</summary>
internal sealed class BudgetTracker(SkytellsBudgetOptions options, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Queue<(DateTimeOffset At, double Credits, bool IsCreate)> _entries = new();
    private readonly Dictionary<string, DateTimeOffset> _charged = new(StringComparer.Ordinal);

    public (double Credits, int Creates) Current
    {
        get
        {
            lock (_gate)
            {
                Expire();
                return Totals();
            }
        }
    }

    /// <summary>Reserves one create, or throws when a cap is already reached.</summary>
    public void ReserveCreate()
    {
        lock (_gate)
        {
            Expire();
            var (credits, creates) = Totals();
            if (options.MaxPredictions is { } maxCount && creates >= maxCount)
            {
                throw Exceeded($"{creates} predictions created, the cap is {maxCount}", credits, creates);
            }

            if (options.MaxCredits is { } maxCredits && credits >= maxCredits)
            {
                throw Exceeded(string.Create(CultureInfo.InvariantCulture, $"{credits:0.####} credits spent, the cap is {maxCredits:0.####}"), credits, creates);
            }

            _entries.Enqueue((time.GetUtcNow(), 0, true));
        }
    }

    /// <summary>Counts the credits of a prediction once, whenever the client first sees them.</summary>
    public void Observe(Prediction prediction)
    {
        if (prediction.Metadata?.Billing?.CreditsUsed is not { } credits || credits <= 0 || string.IsNullOrEmpty(prediction.Id))
        {
            return;
        }

        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_charged.TryAdd(prediction.Id, now))
            {
                _entries.Enqueue((now, credits, false));
            }
        }
    }

    private SkytellsBudgetExceededException Exceeded(string detail, double credits, int creates)
    {
        var window = options.Period is { } period ? $"in the last {period}" : "for this client";
        return new SkytellsBudgetExceededException($"Budget reached {window}: {detail}. No request was sent.", credits, creates);
    }

    private (double Credits, int Creates) Totals()
    {
        double credits = 0;
        var creates = 0;
        foreach (var entry in _entries)
        {
            credits += entry.Credits;
            creates += entry.IsCreate ? 1 : 0;
        }

        return (credits, creates);
    }

    private void Expire()
    {
        if (options.Period is not { } period)
        {
            return;
        }

        var cutoff = time.GetUtcNow() - period;
        while (_entries.Count > 0 && _entries.Peek().At < cutoff)
        {
            _entries.Dequeue();
        }

        // Ids stay known for a second period so a prediction read again soon after is not charged twice.
        var forget = cutoff - period;
        foreach (var (id, at) in _charged)
        {
            if (at < forget)
            {
                _charged.Remove(id);
            }
        }
    }
}
