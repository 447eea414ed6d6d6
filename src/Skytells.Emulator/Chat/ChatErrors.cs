using System.Globalization;
using Skytells.Emulator.Errors;

namespace Skytells.Emulator.Chat;

/// <summary>The errors of the chat endpoint; the dispatcher puts them in the inference envelope.</summary>
internal static class ChatErrors
{
    // The inference docs answer a bad field with 400 INVALID_PARAMETER and name the field in param (spec section 5).
    public const string InvalidParameterId = "INVALID_PARAMETER";

    // The id the inference endpoints use for a failure during generation (spec section 5's table, 500).
    public const string InferenceErrorId = "INFERENCE_ERROR";

    public static ApiErrorException InvalidParameter(string param, string message) =>
        new(new ApiError(400, InvalidParameterId, message) { Param = param });

    public static ApiErrorException ModelNotFound(string model) =>
        new(ApiError.ModelNotFound(model) with { Param = "model" });

    public static ApiErrorException EdgeNotSupported() =>
        new(ApiError.EdgeNotSupported() with { Param = "model" });

    public static ApiErrorException NotAChatModel(EmulatedModel model) =>
        new(new ApiError(422, ErrorIds.InvalidInput, string.Create(
            CultureInfo.InvariantCulture, $"Model '{model.Id}' is not a text model; chat completions serve text models only."))
        {
            Param = "model",
        });

    /// <summary>The error event an injected stream fault sends mid-stream.</summary>
    public static ApiError StreamFailed(int chunksSent) =>
        new(500, InferenceErrorId, string.Create(CultureInfo.InvariantCulture, $"Injected fault: the stream failed after {chunksSent} chunks."));
}
