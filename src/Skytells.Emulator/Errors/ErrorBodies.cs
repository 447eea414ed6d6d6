namespace Skytells.Emulator.Errors;

/// <summary>The unified REST error envelope of spec section 5.</summary>
internal sealed record RestErrorBody(bool Status, string Response, RestError Error)
{
    public static RestErrorBody From(ApiError e) => new(false, e.Message, new RestError(e.StatusCode, e.Message, e.Details, e.ErrorId));
}

/// <summary>The <c>error</c> object of <see cref="RestErrorBody"/>.</summary>
internal sealed record RestError(int HttpStatus, string Message, string? Details, string ErrorId);

/// <summary>The OpenAI-compatible envelope of the inference endpoints (spec section 5, shape 2).</summary>
internal sealed record InferenceErrorBody(InferenceError Error);

/// <summary>The <c>error</c> object of <see cref="InferenceErrorBody"/>.</summary>
internal sealed record InferenceError(
    string Message, string Type, string Code, string ErrorId, int Status, string? Param, string? RequestId, InferenceErrorDetails Details);

/// <summary>The <c>details</c> of an <see cref="InferenceError"/>.</summary>
internal sealed record InferenceErrorDetails(string Category);
