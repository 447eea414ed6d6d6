using System.Text.Json;
using Skytells.Emulator.Errors;
using Skytells.Emulator.Http;

namespace Skytells.Emulator.Predictions;

/// <summary>A validated <c>POST /v1/predictions</c> (or <c>/v1/predict</c>) body (spec section 2.1).</summary>
internal sealed record CreatePredictionRequest(string Model, JsonElement Input, WebhookRegistration? Webhook, bool Await, bool Stream)
{
    public static CreatePredictionRequest Parse(ReadOnlyMemory<byte> body)
    {
        using (var document = RequestJson.ParseObject(body))
        {
            var root = document.RootElement;

            if (!root.TryGetProperty("model", out var model) || model.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(model.GetString()))
            {
                throw new ApiErrorException(ApiError.Validation("The model field is required and must be a model id."));
            }

            if (!root.TryGetProperty("input", out var input) || input.ValueKind != JsonValueKind.Object)
            {
                throw new ApiErrorException(ApiError.Validation("The input field is required and must be an object."));
            }

            // Clone: the input outlives the document, it is echoed on every read of the prediction.
            return new CreatePredictionRequest(
                model.GetString()!,
                input.Clone(),
                WebhookRegistration.Parse(root),
                OptionalBoolean(root, "await"),
                OptionalBoolean(root, "stream"));
        }
    }

    private static bool OptionalBoolean(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new ApiErrorException(ApiError.Validation($"The {name} field must be a boolean.")),
        };
    }
}
