namespace Skytells.Emulator.Errors;

/// <summary>
/// Ends a request with an error answer from deep inside request parsing, where returning an error through every
/// layer would bury the rules; the dispatcher turns it into the envelope.
/// </summary>
internal sealed class ApiErrorException(ApiError error) : Exception(error.Message)
{
    public ApiError Error { get; } = error;
}
