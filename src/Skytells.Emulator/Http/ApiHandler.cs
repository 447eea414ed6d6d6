namespace Skytells.Emulator.Http;

/// <summary>Handles one matched route and returns the answer to send.</summary>
internal delegate ValueTask<ApiResult> ApiHandler(ApiRequest request);
