using System.Globalization;

namespace Skytells.Benchmarks.Reporting;

/// <summary>Reads <c>--name value</c> integer options of the custom runners; anything malformed stops the run with a message.</summary>
public static class RunnerArguments
{
    public static int? PositiveNumber(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        if (at < 0)
        {
            return null;
        }

        if (at + 1 >= args.Length || !int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            throw new ArgumentException($"{name} needs a positive integer.");
        }

        return value;
    }
}
