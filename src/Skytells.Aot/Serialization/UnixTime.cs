namespace Skytells;

/// <summary>Unix timestamps from a server: a number no <see cref="DateTimeOffset"/> can hold is absent, not a crash.</summary>
internal static class UnixTime
{
    private const long MinSeconds = -62_135_596_800;
    private const long MaxSeconds = 253_402_300_799;

    public static DateTimeOffset? FromSeconds(long seconds) =>
        seconds is >= MinSeconds and <= MaxSeconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
}
