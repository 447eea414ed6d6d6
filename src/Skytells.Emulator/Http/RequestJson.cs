using System.Text.Json;
using Skytells.Emulator.Errors;

namespace Skytells.Emulator.Http;

/// <summary>Reads a request body that must be a JSON object, answering 400 <c>INVALID_REQUEST</c> otherwise.</summary>
internal static class RequestJson
{
    /// <summary>The parsed body; the caller disposes it.</summary>
    public static JsonDocument ParseObject(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            throw new ApiErrorException(ApiError.InvalidRequest("The request body is not valid JSON."));
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw new ApiErrorException(ApiError.InvalidRequest("The request body must be a JSON object."));
        }

        return document;
    }
}
