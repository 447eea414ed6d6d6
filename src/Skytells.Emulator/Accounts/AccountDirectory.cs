using System.Collections.Concurrent;

namespace Skytells.Emulator.Accounts;

/// <summary>The registered API keys and their accounts; safe to change while requests are served.</summary>
internal sealed class AccountDirectory
{
    private readonly ConcurrentDictionary<string, Account> _accounts = new(StringComparer.Ordinal);
    private readonly EmulatorRateLimit? _defaultStandardLimit;
    private readonly EmulatorRateLimit? _defaultEdgeLimit;
    private readonly TimeProvider _time;

    public AccountDirectory(IEnumerable<KeyValuePair<string, AccountPlan>> keys)
        : this(keys, null, null, TimeProvider.System)
    {
    }

    /// <summary>New keys start with these per-gateway limits (null: unlimited), counted on <paramref name="time"/>.</summary>
    public AccountDirectory(
        IEnumerable<KeyValuePair<string, AccountPlan>> keys, EmulatorRateLimit? defaultStandardLimit, EmulatorRateLimit? defaultEdgeLimit, TimeProvider time)
    {
        _defaultStandardLimit = defaultStandardLimit;
        _defaultEdgeLimit = defaultEdgeLimit;
        _time = time;
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

        _accounts.AddOrUpdate(apiKey, (key, p) => Create(key, p), static (_, existing, p) =>
        {
            existing.Plan = p;
            return existing;
        }, plan);
    }

    /// <summary>Adds or updates a key and sets its limits; a null limit takes the emulator's default for that gateway.</summary>
    public void Register(string apiKey, AccountPlan plan, EmulatorRateLimit? edgeLimit, EmulatorRateLimit? standardLimit)
    {
        edgeLimit?.Validate(nameof(edgeLimit));
        standardLimit?.Validate(nameof(standardLimit));
        Register(apiKey, plan);
        _accounts[apiKey].RateLimits.Configure(standardLimit ?? _defaultStandardLimit, edgeLimit ?? _defaultEdgeLimit, _time);
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

    /// <summary>Sets (or, with null, removes) the secret the key's webhooks are signed with.</summary>
    public void SetWebhookSecret(string apiKey, string? webhookSecret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        if (webhookSecret is not null)
        {
            ArgumentException.ThrowIfNullOrEmpty(webhookSecret);
        }

        // Neither the key nor the secret goes into the message: both are secrets.
        if (!TryGet(apiKey, out var account))
        {
            throw new ArgumentException("The API key is not registered; add it with AddApiKey or EmulatorOptions.ApiKeys first.", nameof(apiKey));
        }

        account.WebhookSecret = webhookSecret;
    }

    private Account Create(string apiKey, AccountPlan plan)
    {
        var account = new Account(apiKey, plan);
        account.RateLimits.Configure(_defaultStandardLimit, _defaultEdgeLimit, _time);
        return account;
    }
}
