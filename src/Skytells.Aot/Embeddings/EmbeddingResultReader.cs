using System.Buffers;
using System.Buffers.Binary;
using System.Buffers.Text;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Skytells;

/// <summary>
/// Reads an embeddings answer by hand: vectors come as JSON numbers or as base64 float32 bytes, whichever the server
/// chose, and are placed by their <c>index</c>. A vector missing, repeated or out of range is malformed.
/// </summary>
internal static class EmbeddingResultReader
{
    public static EmbeddingResult? Read(ReadOnlySpan<byte> json, int expected) => JsonValueReader.Guard(json, json =>
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        if (!JsonValueReader.StartsObject(ref reader, "embeddings"))
        {
            return null;
        }

        string? model = null;
        EmbeddingUsage? usage = null;
        var vectors = new ReadOnlyMemory<float>[expected];
        var found = new bool[expected];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("data"u8))
            {
                reader.Read();
                ReadData(ref reader, vectors, found);
            }
            else if (reader.ValueTextEquals("model"u8))
            {
                reader.Read();
                model = JsonValueReader.RecurringString(ref reader, "model");
            }
            else if (reader.ValueTextEquals("usage"u8))
            {
                reader.Read();
                usage = ReadUsage(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        reader.Read();
        var missing = Array.IndexOf(found, false);
        if (missing >= 0)
        {
            throw new JsonException($"The answer has no vector for input {missing} of {expected}.");
        }

        return new EmbeddingResult(model, vectors, usage);
    });

    private static void ReadData(ref Utf8JsonReader reader, ReadOnlyMemory<float>[] vectors, bool[] found)
    {
        if (!JsonValueReader.StartsArray(ref reader, "data"))
        {
            return;
        }

        var position = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!JsonValueReader.StartsObject(ref reader, "data[]"))
            {
                throw JsonValueReader.WrongType("data[]", "an object", JsonTokenType.Null);
            }

            int? index = null;
            float[]? vector = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("index"u8))
                {
                    reader.Read();
                    index = JsonValueReader.Int32(ref reader, "data[].index");
                }
                else if (reader.ValueTextEquals("embedding"u8))
                {
                    reader.Read();
                    vector = ReadVector(ref reader);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            // Without an index the position in data stands in, as data follows input order.
            var at = index ?? position;
            if (at < 0 || at >= vectors.Length || found[at])
            {
                throw new JsonException($"The answer's vector index {at} is repeated or outside the {vectors.Length} inputs.");
            }

            vectors[at] = vector ?? throw new JsonException($"The answer's item {at} has no embedding.");
            found[at] = true;
            position++;
        }
    }

    private static float[] ReadVector(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartArray:
                var values = new List<float>(1536);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    values.Add(reader.TokenType == JsonTokenType.Number && reader.TryGetSingle(out var value) && float.IsFinite(value)
                        ? value
                        : throw JsonValueReader.WrongType("data[].embedding[]", "a finite number", reader.TokenType));
                }

                return [.. values];
            case JsonTokenType.String:
                return Decode(reader.ValueIsEscaped ? System.Text.Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan);
            default:
                throw JsonValueReader.WrongType("data[].embedding", "an array or a base64 string", reader.TokenType);
        }
    }

    private static float[] Decode(ReadOnlySpan<byte> base64)
    {
        // Decoded straight into the vector's own memory: no intermediate byte array.
        var padding = base64.EndsWith("=="u8) ? 2 : base64.EndsWith("="u8) ? 1 : 0;
        var byteCount = base64.Length % 4 == 0 ? (base64.Length / 4 * 3) - padding : -1;
        if (byteCount < 0 || byteCount % sizeof(float) != 0)
        {
            throw new JsonException("The answer's embedding is not base64 of float32 values.");
        }

        var vector = new float[byteCount / sizeof(float)];
        var bytes = MemoryMarshal.AsBytes(vector.AsSpan());
        if (Base64.DecodeFromUtf8(base64, bytes, out _, out var written) != OperationStatus.Done || written != byteCount)
        {
            throw new JsonException("The answer's embedding is not base64 of float32 values.");
        }

        if (!BitConverter.IsLittleEndian)
        {
            var words = MemoryMarshal.Cast<float, int>(vector.AsSpan());
            BinaryPrimitives.ReverseEndianness(words, words);
        }

        foreach (var value in vector)
        {
            if (!float.IsFinite(value))
            {
                throw new JsonException("The answer's embedding holds a value that is not a finite number.");
            }
        }

        return vector;
    }

    private static EmbeddingUsage? ReadUsage(ref Utf8JsonReader reader)
    {
        if (!JsonValueReader.StartsObject(ref reader, "usage"))
        {
            return null;
        }

        int prompt = 0, total = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("prompt_tokens"u8))
            {
                reader.Read();
                prompt = JsonValueReader.Int32(ref reader, "usage.prompt_tokens") ?? 0;
            }
            else if (reader.ValueTextEquals("total_tokens"u8))
            {
                reader.Read();
                total = JsonValueReader.Int32(ref reader, "usage.total_tokens") ?? 0;
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new EmbeddingUsage { PromptTokens = prompt, TotalTokens = total };
    }
}
