using Skytells.Emulator.Errors;
using Skytells.Emulator.Http;

namespace Skytells.Emulator.Models;

/// <summary><c>GET /v1/models</c> and the single-model lookups under both path spellings (spec section 2.7).</summary>
internal sealed class ModelEndpoints
{
    private readonly ModelDirectory _models;

    public ModelEndpoints(ModelDirectory models) => _models = models;

    public void Map(RouteTable routes)
    {
        routes.Add("GET", "/v1/models", List);
        routes.Add("GET", "/v1/models/{slug}", Get);
        routes.Add("GET", "/v1/model/{slug}", Get);
    }

    private ValueTask<ApiResult> List(ApiRequest request)
    {
        var fields = ModelFieldsParser.Parse(request.Http.Request.Query["fields"]);
        var body = JsonBody.Write((_models.All, fields), static (writer, state) =>
        {
            writer.WriteStartArray();
            foreach (var model in state.All)
            {
                ModelJson.Write(writer, model, state.fields);
            }

            writer.WriteEndArray();
        });
        return ValueTask.FromResult<ApiResult>(new JsonResult(200, body));
    }

    private ValueTask<ApiResult> Get(ApiRequest request)
    {
        var slug = request.RouteValue("slug");
        if (!_models.TryGet(slug, out var model))
        {
            throw new ApiErrorException(ApiError.ModelNotFound(slug));
        }

        var fields = ModelFieldsParser.Parse(request.Http.Request.Query["fields"]);
        var body = JsonBody.Write((model, fields), static (writer, state) => ModelJson.Write(writer, state.model, state.fields));
        return ValueTask.FromResult<ApiResult>(new JsonResult(200, body));
    }
}
