namespace Skytells.Emulator.Chat;

/// <summary>How one stream is paced and which faults it suffers: the emulator's timing, overridden by the request's fault.</summary>
internal sealed record ChatStreamSettings(
    TimeSpan TimeToFirstToken,
    TimeSpan InterTokenDelay,
    bool KeepAlive,
    bool OmitDone,
    int? DropAfterChunks,
    int? StallAfterChunks,
    TimeSpan Stall,
    int? ErrorAfterChunks,
    TimeSpan? MaxDuration)
{
    /// <param name="timing">The emulator-wide pacing.</param>
    /// <param name="fault">The request's fault, if any.</param>
    /// <param name="limit">The key's limit on the gateway, whose <see cref="EmulatorRateLimit.MaxStreamDuration"/> caps the stream.</param>
    public static ChatStreamSettings From(ChatTiming timing, EmulatorFault? fault, EmulatorRateLimit? limit) => new(
        fault?.ChatTimeToFirstToken ?? timing.TimeToFirstToken,
        fault?.ChatInterTokenDelay ?? timing.InterTokenDelay,
        fault?.StreamKeepAlive ?? false,
        fault?.StreamOmitDone ?? false,
        fault?.StreamDropAfterChunks,
        fault?.StreamStallAfterChunks,
        fault?.StreamStall ?? TimeSpan.Zero,
        fault?.StreamErrorAfterChunks,
        limit?.MaxStreamDuration);
}
