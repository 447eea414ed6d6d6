namespace Skytells.Emulator;

/// <summary>What an <see cref="EmulatedModel"/> produces; decides its latency, output files and which endpoints serve it.</summary>
public enum ModelKindName
{
    /// <summary>Image generation (PNG outputs; server-side <c>await</c> honoured).</summary>
    Image,

    /// <summary>Video generation (MP4 outputs; <c>await</c> ignored).</summary>
    Video,

    /// <summary>Audio or music generation (MP3 outputs; <c>await</c> ignored).</summary>
    Audio,

    /// <summary>Text (chat completions and responses); refused by the prediction endpoints.</summary>
    Text,

    /// <summary>Embeddings; refused by the prediction endpoints.</summary>
    Embedding,
}
