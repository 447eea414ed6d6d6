namespace Skytells;

/// <summary>What a model produces.</summary>
#if SKYTELLS_INTERNAL_CATALOG
internal
#else
public
#endif
enum ModelKind
{
    /// <summary>The kind is not known.</summary>
    Unknown = 0,

    /// <summary>Image generation.</summary>
    Image,

    /// <summary>Video generation.</summary>
    Video,

    /// <summary>Audio or music generation.</summary>
    Audio,

    /// <summary>Text (chat completions and responses).</summary>
    Text,

    /// <summary>Embeddings.</summary>
    Embedding,
}
