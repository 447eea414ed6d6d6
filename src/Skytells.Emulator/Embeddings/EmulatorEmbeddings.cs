using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Skytells.Emulator;

/// <summary>
/// The vectors the emulator's <c>/v1/embeddings</c> answers with: derived from the input text alone, so a test can
/// compute what it must receive. Unit length, like the real models' vectors; shortened ones are re-normalised, as
/// the API does for <c>dimensions</c>.
/// </summary>
public static class EmulatorEmbeddings
{
    /// <summary>The length of a vector when the request does not ask for fewer dimensions.</summary>
    public const int Dimensions = 1536;

    /// <summary>The vector for <paramref name="text"/> with <paramref name="dimensions"/> values.</summary>
    public static float[] VectorOf(string text, int dimensions = Dimensions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimensions, Dimensions);

        // SHA-256 of the text and a block counter gives 8 values per block: deterministic, spread, cheap.
        var vector = new float[dimensions];
        Span<byte> seed = stackalloc byte[32];
        var textBytes = Encoding.UTF8.GetBytes(text);
        var block = new byte[textBytes.Length + 4];
        textBytes.CopyTo(block, 4);
        for (var i = 0; i < dimensions; i += 8)
        {
            BitConverter.TryWriteBytes(block.AsSpan(0, 4), i);
            SHA256.HashData(block, seed);
            for (var j = 0; j < 8 && i + j < dimensions; j++)
            {
                vector[i + j] = BitConverter.ToInt32(seed[(j * 4)..]) / (float)int.MaxValue;
            }
        }

        var length = MathF.Sqrt(vector.Sum(value => value * value));
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] /= length;
        }

        return vector;
    }

    /// <summary><paramref name="vector"/> as the API's <c>base64</c> encoding: little-endian float32 values.</summary>
    public static string Base64Of(float[] vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        var bytes = new byte[vector.Length * sizeof(float)];
        for (var i = 0; i < vector.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), vector[i]);
        }

        return Convert.ToBase64String(bytes);
    }
}
