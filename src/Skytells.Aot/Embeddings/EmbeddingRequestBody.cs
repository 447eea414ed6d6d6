namespace Skytells;

/// <summary>Writes the embeddings request once, as bytes, so a retry resends exactly the same request.</summary>
internal static class EmbeddingRequestBody
{
    public static byte[] Write(string model, IReadOnlyList<string> inputs, bool single, EmbeddingOptions options)
    {
        using var body = JsonBodyWriter.Rent();
        var writer = body.Writer;
        writer.WriteStartObject();
        writer.WriteString("model"u8, model);
        if (single)
        {
            writer.WriteString("input"u8, inputs[0]);
        }
        else
        {
            writer.WriteStartArray("input"u8);
            foreach (var input in inputs)
            {
                writer.WriteStringValue(input);
            }

            writer.WriteEndArray();
        }

        writer.WriteString("encoding_format"u8, options.Encoding == EmbeddingEncoding.Base64 ? "base64"u8 : "float"u8);
        if (options.Dimensions is { } dimensions)
        {
            writer.WriteNumber("dimensions"u8, dimensions);
        }

        if (options.User is { } user)
        {
            writer.WriteString("user"u8, user);
        }

        writer.WriteEndObject();
        return body.ToArray();
    }
}
