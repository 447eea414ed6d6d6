namespace Skytells.Emulator.Cli;

/// <summary>What the command line asked for.</summary>
/// <param name="Options">The emulator settings.</param>
/// <param name="ShowHelp">True when <c>--help</c> was given: print usage and exit.</param>
/// <param name="UserKeyCount">How many keys <c>--key</c> added (they are counted, never printed).</param>
/// <param name="WebhookSecrets">
/// The webhook secret of each key from <c>--webhook-secret</c>. They are not part of <see cref="EmulatorOptions"/>
/// (the library sets them on the running emulator), so startup applies them once the emulator listens.
/// </param>
internal sealed record CommandLine(EmulatorOptions Options, bool ShowHelp, int UserKeyCount, IReadOnlyDictionary<string, string> WebhookSecrets);
