using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Skytells.Emulator.Errors;
using Skytells.Emulator.Http;
using Skytells.Emulator.Json;

namespace Skytells.Emulator.Models;

/// <summary><c>GET /v1/models</c> and the single-model lookups under both path spellings (spec section 2.7).</summary>
internal sealed class ModelEndpoints
{
    private readonly ModelDirectory _models;

    public ModelEndpoints(ModelDirectory models) => _models = models;

    public void Map(IEndpointRouteBuilder v1, Func<ApiHandler, RequestDelegate> endpoint)
    {
        v1.MapGet("/models", endpoint(List));
        v1.MapGet("/models/{slug}", endpoint(Get));
        v1.MapGet("/model/{slug}", endpoint(Get));
    }

    private ValueTask<ApiResult> List(ApiRequest request)
    {
        var fields = ModelFieldsParser.Parse(request.Http.Request.Query["fields"]);
        var body = _models.All.Select(model => ModelBody.From(model, fields)).ToArray();
        return ValueTask.FromResult(ApiResult.Json(200, body, EmulatorJson.Default.ModelBodyArray));
    }

    private ValueTask<ApiResult> Get(ApiRequest request)
    {
        var slug = request.RouteValue("slug");
        if (!_models.TryGet(slug, out var model))
        {
            throw new ApiErrorException(ApiError.ModelNotFound(slug));
        }

        var fields = ModelFieldsParser.Parse(request.Http.Request.Query["fields"]);
        return ValueTask.FromResult(ApiResult.Json(200, ModelBody.From(model, fields), EmulatorJson.Default.ModelBody));
    }
}
