using System.Text.Json;
using Skytells.Emulator.Chat;
using Skytells.Emulator.Http;

namespace Skytells.Emulator.Embeddings;

/// <summary>Validates an embeddings body the way the inference endpoints do: 400 <c>INVALID_PARAMETER</c> naming the field.</summary>
internal static class EmbeddingRequestParser
{
    private const int MaxInputs = 2048;

    public static EmbeddingRequest Parse(ReadOnlyMemory<byte> body)
    {
        using var document = RequestJson.ParseObject(body);
        var root = document.RootElement;
        var model = root.TryGetProperty("model", out var id) && id.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(id.GetString())
            ? id.GetString()!
            : throw ChatErrors.InvalidParameter("model", "The model field is required and must be a model id.");
        return new EmbeddingRequest(model, Inputs(root), Base64(root), Dimensions(root));
    }

    private static List<string> Inputs(JsonElement root)
    {
        if (!root.TryGetProperty("input", out var input))
        {
            throw ChatErrors.InvalidParameter("input", "The input field is required: a string or an array of strings.");
        }

        if (input.ValueKind == JsonValueKind.String)
        {
            return [NonEmpty(input.GetString()!)];
        }

        if (input.ValueKind != JsonValueKind.Array || input.GetArrayLength() is 0 or > MaxInputs)
        {
            throw ChatErrors.InvalidParameter("input", $"input must be a string or an array of 1 to {MaxInputs} strings.");
        }

        return input.EnumerateArray()
            .Select(item => item.ValueKind == JsonValueKind.String
                ? NonEmpty(item.GetString()!)
                : throw ChatErrors.InvalidParameter("input", "Every input must be a string."))
            .ToList();
    }

    private static string NonEmpty(string text) =>
        text.Length > 0 ? text : throw ChatErrors.InvalidParameter("input", "An input must not be empty.");

    private static bool Base64(JsonElement root)
    {
        if (!root.TryGetProperty("encoding_format", out var format) || format.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        return format.ValueKind == JsonValueKind.String && format.GetString() is "float" or "base64"
            ? format.GetString() == "base64"
            : throw ChatErrors.InvalidParameter("encoding_format", "encoding_format must be \"float\" or \"base64\".");
    }

    private static int? Dimensions(JsonElement root)
    {
        if (!root.TryGetProperty("dimensions", out var dimensions) || dimensions.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return dimensions.ValueKind == JsonValueKind.Number && dimensions.TryGetInt32(out var value) && value is > 0 and <= EmulatorEmbeddings.Dimensions
            ? value
            : throw ChatErrors.InvalidParameter("dimensions", $"dimensions must be a whole number from 1 to {EmulatorEmbeddings.Dimensions}.");
    }
}
