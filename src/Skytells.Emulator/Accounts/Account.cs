namespace Skytells.Emulator.Accounts;

/// <summary>
/// Server-side state of one API key. Per-key features (rate limits, webhook secrets) hang off this object so that
/// they live as long as the key and are shared by both gateways.
/// </summary>
internal sealed class Account
{
    private int _plan;
    private string? _webhookSecret;

    public Account(string apiKey, AccountPlan plan)
    {
        ApiKey = apiKey;
        _plan = (int)plan;
    }

    public string ApiKey { get; }

    // Re-registering a key changes its plan while requests may be reading it.
    public AccountPlan Plan
    {
        get => (AccountPlan)Volatile.Read(ref _plan);
        set => Volatile.Write(ref _plan, (int)value);
    }

    public bool MayUseEdge => Plan is AccountPlan.Business or AccountPlan.Enterprise;

    /// <summary>The key's per-gateway limits and stream counts; they survive a change of plan.</summary>
    public RateLimits.KeyRateLimits RateLimits { get; } = new();

    /// <summary>
    /// The dedicated secret webhooks of this key are signed with (the enterprise mode of spec section 7); null signs
    /// them with the key itself. Set while deliveries may be reading it.
    /// </summary>
    public string? WebhookSecret
    {
        get => Volatile.Read(ref _webhookSecret);
        set => Volatile.Write(ref _webhookSecret, value);
    }

    // The key is a secret: never let it reach a log line through ToString.
    public override string ToString() => $"Account({Plan})";
}
