namespace Skytells;

/// <summary>How the server sends vectors (<c>encoding_format</c>); the client decodes both into floats.</summary>
public enum EmbeddingEncoding
{
    /// <summary>Little-endian float32 bytes in base64: a third of the size of JSON numbers. The default.</summary>
    Base64,

    /// <summary>JSON arrays of numbers (<c>float</c> on the wire).</summary>
    JsonNumbers,
}
