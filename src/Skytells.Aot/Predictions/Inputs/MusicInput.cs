namespace Skytells;

/// <summary>Input of the BeatFusion music models; Standard gateway only.</summary>
public sealed class MusicInput
{
    /// <summary>Song lyrics (1-3500 characters).</summary>
    public required string Lyrics { get; set; }

    /// <summary>Style description (up to 2000 characters).</summary>
    public string? Prompt { get; set; }

    /// <summary>Sample rate: 16000, 24000, 32000 or 44100 (default).</summary>
    public int? SampleRate { get; set; }

    /// <summary>Bitrate: 32000, 64000, 128000 or 256000 (default).</summary>
    public int? Bitrate { get; set; }

    /// <summary><c>mp3</c> (default), <c>wav</c> or <c>pcm</c>.</summary>
    public string? AudioFormat { get; set; }
}
