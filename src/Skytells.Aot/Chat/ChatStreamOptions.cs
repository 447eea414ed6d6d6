namespace Skytells;

/// <summary>Time limits of a chat stream, separate from the per-try request timeout.</summary>
public sealed class ChatStreamOptions
{
    /// <summary>Longest silence between two events before the stream fails with <see cref="SkytellsTimeoutException"/>. Default 60 s.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Longest whole stream (the Edge gateway closes streams after 300 s). Default 10 min.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(10);
}
