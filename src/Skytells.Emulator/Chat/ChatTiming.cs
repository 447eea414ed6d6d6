namespace Skytells.Emulator.Chat;

/// <summary>The emulator-wide pacing of chat streams: the options' values times <see cref="EmulatorOptions.TimeScale"/>.</summary>
/// <param name="TimeToFirstToken">The wait before the first chunk.</param>
/// <param name="InterTokenDelay">The wait between later chunks.</param>
internal sealed record ChatTiming(TimeSpan TimeToFirstToken, TimeSpan InterTokenDelay)
{
    public static ChatTiming From(EmulatorOptions options) =>
        new(options.ChatTimeToFirstToken * options.TimeScale, options.ChatInterTokenDelay * options.TimeScale);
}
