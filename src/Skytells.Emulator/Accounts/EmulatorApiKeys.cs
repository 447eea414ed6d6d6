namespace Skytells.Emulator;

/// <summary>
/// Demo API keys that every emulator registers unless they are removed from <see cref="EmulatorOptions.ApiKeys"/>.
/// They are public by design and grant nothing outside the emulator.
/// </summary>
public static class EmulatorApiKeys
{
    /// <summary>A key of a <see cref="AccountPlan.Free"/> account.</summary>
    public const string Free = "sk-emulator-free";

    /// <summary>A key of a <see cref="AccountPlan.Pro"/> account.</summary>
    public const string Pro = "sk-emulator-pro";

    /// <summary>A key of a <see cref="AccountPlan.Business"/> account.</summary>
    public const string Business = "sk-emulator-business";

    /// <summary>A key of an <see cref="AccountPlan.Enterprise"/> account.</summary>
    public const string Enterprise = "sk-emulator-enterprise";

    internal static IEnumerable<KeyValuePair<string, AccountPlan>> Defaults =>
    [
        new(Free, AccountPlan.Free),
        new(Pro, AccountPlan.Pro),
        new(Business, AccountPlan.Business),
        new(Enterprise, AccountPlan.Enterprise),
    ];
}
