using System.Collections.Concurrent;

namespace Skytells.Emulator.Accounts;

/// <summary>The registered API keys and their accounts; safe to change while requests are served.</summary>
internal sealed class AccountDirectory
{
    private readonly ConcurrentDictionary<string, Account> _accounts = new(StringComparer.Ordinal);

    public AccountDirectory(IEnumerable<KeyValuePair<string, AccountPlan>> keys)
    {
        foreach (var (key, plan) in keys)
        {
            Register(key, plan);
        }
    }

    /// <summary>Adds a key, or changes the plan of a known key while keeping its predictions.</summary>
    public void Register(string apiKey, AccountPlan plan)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        if (!Enum.IsDefined(plan))
        {
            throw new ArgumentOutOfRangeException(nameof(plan), plan, "Unknown account plan.");
        }

        _accounts.AddOrUpdate(apiKey, static (key, p) => new Account(key, p), static (_, existing, p) =>
        {
            existing.Plan = p;
            return existing;
        }, plan);
    }

    public bool TryGet(string? apiKey, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Account? account)
    {
        if (string.IsNullOrEmpty(apiKey))
        {
            account = null;
            return false;
        }

        return _accounts.TryGetValue(apiKey, out account);
    }
}
