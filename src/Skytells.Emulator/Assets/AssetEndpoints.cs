using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Skytells.Emulator.Errors;
using Skytells.Emulator.Http;
using Skytells.Emulator.Predictions;

namespace Skytells.Emulator.Assets;

/// <summary>
/// <c>GET /assets/{id}/{n}.{ext}</c>: the outputs of succeeded predictions, public like the real CDN, available
/// while the emulator runs and until the prediction is deleted.
/// </summary>
internal sealed class AssetEndpoints
{
    private readonly PredictionStore _predictions;
    private readonly TimeProvider _time;

    public AssetEndpoints(PredictionStore predictions, TimeProvider time)
    {
        _predictions = predictions;
        _time = time;
    }

    public void Map(IEndpointRouteBuilder assets, Func<ApiHandler, RequestDelegate> endpoint) => assets.MapGet("/{id}/{file}", endpoint(Get));

    private ValueTask<ApiResult> Get(ApiRequest request)
    {
        var id = request.RouteValue("id");
        var file = request.RouteValue("file");
        if (_predictions.TryGet(id, out var prediction)
            && prediction.SnapshotAt(_time.GetUtcNow()).Output is { } outputs
            && TryParseFile(file, out var index, out var extension)
            && index < outputs.Count
            && AssetFormat.For(prediction.Model.Kind) is var format
            && string.Equals(format.Extension, extension, StringComparison.OrdinalIgnoreCase))
        {
            return ValueTask.FromResult<ApiResult>(new ApiResult(200, format.ContentType, AssetPayloads.For(format)));
        }

        throw new ApiErrorException(new ApiError(404, ErrorIds.NotFound, $"Asset '{id}/{file}' was not found."));
    }

    private static bool TryParseFile(string file, out int index, out string extension)
    {
        var dot = file.IndexOf('.', StringComparison.Ordinal);
        extension = dot < 0 ? string.Empty : file[(dot + 1)..];
        index = -1;
        return dot > 0 && int.TryParse(file.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }
}
