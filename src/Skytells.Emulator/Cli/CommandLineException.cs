namespace Skytells.Emulator.Cli;

/// <summary>The command line could not be understood; the message says why, for the user.</summary>
internal sealed class CommandLineException(string message, Exception? innerException = null) : Exception(message, innerException);
