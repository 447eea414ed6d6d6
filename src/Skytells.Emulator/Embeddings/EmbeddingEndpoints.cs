using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Skytells.Emulator.Chat;
using Skytells.Emulator.Http;
using Skytells.Emulator.Json;
using Skytells.Emulator.Models;

namespace Skytells.Emulator.Embeddings;

/// <summary>
/// <c>POST /v1/embeddings</c> on both gateways (spec section 2.10): one vector per input, in input order, derived from
/// the text (<see cref="EmulatorEmbeddings"/>), as JSON numbers or base64. Errors use the inference envelope.
/// </summary>
internal sealed class EmbeddingEndpoints
{
    private readonly ModelDirectory _models;

    public EmbeddingEndpoints(ModelDirectory models) => _models = models;

    public void Map(IEndpointRouteBuilder v1, Func<ApiHandler, RequestDelegate> endpoint) => v1.MapPost("/embeddings", endpoint(Create));

    private ValueTask<ApiResult> Create(ApiRequest request)
    {
        var embedding = EmbeddingRequestParser.Parse(request.Body);
        var model = Resolve(embedding.Model, request.Gateway);
        var dimensions = embedding.Dimensions ?? EmulatorEmbeddings.Dimensions;
        var vectors = embedding.Inputs.Select(text => EmulatorEmbeddings.VectorOf(text, dimensions)).ToArray();
        var tokens = embedding.Inputs.Sum(ChatTokenizer.CountWords);
        var usage = new EmbeddingUsageBody(tokens, tokens);
        var answer = embedding.Base64
            ? ApiResult.Json(200, Body(vectors.Select(EmulatorEmbeddings.Base64Of), model, usage), EmulatorJson.Default.EmbeddingListBodyString)
            : ApiResult.Json(200, Body(vectors, model, usage), EmulatorJson.Default.EmbeddingListBodySingleArray);
        return ValueTask.FromResult(answer);
    }

    private static EmbeddingListBody<T> Body<T>(IEnumerable<T> vectors, EmulatedModel model, EmbeddingUsageBody usage) =>
        new("list", vectors.Select((vector, index) => new EmbeddingItemBody<T>("embedding", index, vector)).ToArray(), model.Id, usage);

    private EmulatedModel Resolve(string id, EmulatorGateway gateway)
    {
        if (!_models.TryGet(id, out var model))
        {
            throw ChatErrors.ModelNotFound(id);
        }

        // As everywhere, Edge refuses every model it does not serve before looking at the kind.
        if (gateway == EmulatorGateway.Edge && !model.SupportsEdge)
        {
            throw ChatErrors.EdgeNotSupported();
        }

        return model.Kind == ModelKindName.Embedding
            ? model
            : throw ChatErrors.InvalidParameter("model", $"Model '{model.Id}' is not an embedding model.");
    }
}
