using System.Text.Json;

namespace Skytells;

/// <summary>The models a gateway serves: <c>GET /models</c> and <c>GET /models/{slug}</c>.</summary>
public sealed class ModelsClient
{
    private readonly SkytellsTransport _transport;

    internal ModelsClient(SkytellsTransport transport, SkytellsGateway gateway)
    {
        _transport = transport;
        Gateway = gateway;
    }

    /// <summary>The gateway asked.</summary>
    public SkytellsGateway Gateway { get; }

    /// <summary>Lists every model, with the optional <paramref name="fields"/> (schemas) when asked.</summary>
    public async Task<IReadOnlyList<SkytellsModel>> ListAsync(SkytellsModelFields fields = SkytellsModelFields.None, CancellationToken cancellationToken = default)
    {
        var request = new SkytellsRequest
        {
            Method = HttpMethod.Get,
            Uri = _transport.BuildUri(Gateway, "/models", FieldsQuery(fields)),
            Gateway = Gateway,
            Operation = "models.list",
        };
        using var response = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return ReadList(response, request.Operation);
    }

    /// <summary>
    /// Reads one model by its id. The API's sources disagree on the path: <c>/models/{slug}</c> is asked first and
    /// <c>/model/{slug}</c> after a 404 from it.
    /// </summary>
    /// <exception cref="SkytellsNotFoundException">Neither path knows the model.</exception>
    /// <exception cref="ArgumentException"><paramref name="slug"/> is empty, <c>.</c>, <c>..</c> or holds control characters.</exception>
    public async Task<SkytellsModel> GetAsync(string slug, SkytellsModelFields fields = SkytellsModelFields.None, CancellationToken cancellationToken = default)
    {
        var segment = PathSegment.Escape(slug, nameof(slug));
        var query = FieldsQuery(fields);
        try
        {
            return await GetAtAsync($"/models/{segment}", query, cancellationToken).ConfigureAwait(false);
        }
        catch (SkytellsNotFoundException)
        {
            return await GetAtAsync($"/model/{segment}", query, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<SkytellsModel> GetAtAsync(string path, string? query, CancellationToken cancellationToken)
    {
        var request = new SkytellsRequest
        {
            Method = HttpMethod.Get,
            Uri = _transport.BuildUri(Gateway, path, query),
            Gateway = Gateway,
            Operation = "models.get",
        };
        using var response = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var model = _transport.ReadJson(response, ModelJsonContext.Default.SkytellsModel, request.Operation);
        if (string.IsNullOrEmpty(model.Namespace))
        {
            throw _transport.InvalidResponse(response, request.Operation, "the model has no namespace (its id)", null);
        }

        return model;
    }

    private List<SkytellsModel> ReadList(SkytellsResponse response, string operation)
    {
        // The list comes as a bare array or wrapped in {data}; the first token tells which.
        var reader = new Utf8JsonReader(response.Body.Span);
        try
        {
            reader.Read();
        }
        catch (JsonException exception)
        {
            throw _transport.InvalidResponse(response, operation, exception.Message, exception);
        }

        if (reader.TokenType == JsonTokenType.StartArray)
        {
            return _transport.ReadJson(response, ModelJsonContext.Default.ListSkytellsModel, operation);
        }

        return _transport.ReadJson(response, ModelJsonContext.Default.ModelListResponse, operation).Data
            ?? throw _transport.InvalidResponse(response, operation, "the list has no data array", null);
    }

    private static string? FieldsQuery(SkytellsModelFields fields) => fields switch
    {
        SkytellsModelFields.None => null,
        SkytellsModelFields.InputSchema => "fields=input_schema",
        SkytellsModelFields.OutputSchema => "fields=output_schema",
        _ => "fields=input_schema,output_schema",
    };
}
