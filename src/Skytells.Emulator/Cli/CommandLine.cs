namespace Skytells.Emulator.Cli;

/// <summary>What the command line asked for.</summary>
/// <param name="Options">The emulator settings.</param>
/// <param name="ShowHelp">True when <c>--help</c> was given: print usage and exit.</param>
/// <param name="UserKeyCount">How many keys <c>--key</c> added (they are counted, never printed).</param>
internal sealed record CommandLine(EmulatorOptions Options, bool ShowHelp, int UserKeyCount);
