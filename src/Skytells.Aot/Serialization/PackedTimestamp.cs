namespace Skytells;

/// <summary>
/// A <see cref="DateTimeOffset"/>? stored as UTC ticks plus one (zero meaning null) and the offset in minutes: a
/// prediction carries four of them, and two fields each pack to 10 bytes where a nullable takes 24.
/// </summary>
internal static class PackedTimestamp
{
    public static DateTimeOffset? Unpack(long ticksPlusOne, short offsetMinutes)
    {
        if (ticksPlusOne == 0)
        {
            return null;
        }

        var utc = new DateTimeOffset(ticksPlusOne - 1, TimeSpan.Zero);
        return offsetMinutes == 0 ? utc : utc.ToOffset(TimeSpan.FromMinutes(offsetMinutes));
    }

    public static void Pack(DateTimeOffset? value, out long ticksPlusOne, out short offsetMinutes)
    {
        // Offsets are whole minutes within ±14 hours, so they fit a short exactly.
        ticksPlusOne = value is { } timestamp ? timestamp.UtcTicks + 1 : 0;
        offsetMinutes = value is { } withOffset ? (short)withOffset.TotalOffsetMinutes : (short)0;
    }
}
