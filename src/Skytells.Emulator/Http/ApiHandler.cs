namespace Skytells.Emulator.Http;

/// <summary>Handles one matched endpoint and returns the answer to send (the pipeline sends it, or a fault replaces it).</summary>
internal delegate ValueTask<ApiResult> ApiHandler(ApiRequest request);
