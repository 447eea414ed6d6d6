namespace Skytells.Emulator.Models;

/// <summary>The optional parts of a Model object a caller asked for with <c>?fields=</c>.</summary>
[Flags]
internal enum ModelFields
{
    None = 0,
    InputSchema = 1,
    OutputSchema = 2,
}
