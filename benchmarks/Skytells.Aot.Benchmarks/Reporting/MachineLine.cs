using System.Globalization;
using System.Runtime.InteropServices;

namespace Skytells.Benchmarks.Reporting;

/// <summary>The line printed under every table: ratios from different machines are not comparable, so each says where it ran.</summary>
public static class MachineLine
{
    public static string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"Machine: {Environment.ProcessorCount} logical cores, {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture}), " +
        $"{RuntimeInformation.FrameworkDescription}, server GC {System.Runtime.GCSettings.IsServerGC}");
}
