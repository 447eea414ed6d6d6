using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Skytells.Benchmarks.Canned;

namespace Skytells.Benchmarks.HandWritten;

/// <summary>
/// The baseline: what a careful engineer writes by hand against the documented API. One HttpClient, a request
/// message with <c>x-api-key</c> and <c>Accept</c>, a body from a source-generated context, headers-read completion,
/// <see cref="HttpResponseMessage.EnsureSuccessStatusCode"/>, then a typed read. No retries, limits, telemetry or
/// typed errors: that is exactly the work the library may add and the ratio measures.
/// </summary>
public sealed class HandWrittenApi
{
    private const string ApiKey = "sk-bench";
    private static readonly MediaTypeHeaderValue JsonType = new("application/json");

    private readonly HttpClient _http;
    private readonly Uri _createStandard;
    private readonly Uri _createEdge;
    private readonly Uri _chat;
    private readonly Uri _embeddings;
    private readonly string _predictionsRoot;

    public HandWrittenApi(HttpClient http, Uri standardBase, Uri edgeBase)
    {
        _http = http;
        _predictionsRoot = standardBase.AbsoluteUri.TrimEnd('/') + "/predictions/";
        _createStandard = new Uri(_predictionsRoot.TrimEnd('/'));
        _createEdge = new Uri(edgeBase.AbsoluteUri.TrimEnd('/') + "/predictions");
        _chat = new Uri(standardBase.AbsoluteUri.TrimEnd('/') + "/chat/completions");
        _embeddings = new Uri(standardBase.AbsoluteUri.TrimEnd('/') + "/embeddings");
    }

    /// <summary>The static instance over the shared in-memory handler (a hand-written client keeps one HttpClient for its lifetime).</summary>
    public static HandWrittenApi Canned { get; } = new(
        new HttpClient(CannedHandler.Shared, disposeHandler: false),
        new Uri("https://api.skytells.ai/v1"),
        new Uri("https://edge.skytells.ai/v1"));

    public Task<PredictionResult> CreatePredictionAsync(string model, ImageParameters input, CancellationToken cancellationToken = default) =>
        CreateAsync(_createStandard, model, input, cancellationToken);

    /// <summary>The same create sent to the Edge gateway: the baseline has no guard, it just picks the URL.</summary>
    public Task<PredictionResult> CreateEdgePredictionAsync(string model, ImageParameters input, CancellationToken cancellationToken = default) =>
        CreateAsync(_createEdge, model, input, cancellationToken);

    public async Task<PredictionResult> GetPredictionAsync(string id, CancellationToken cancellationToken = default)
    {
        // The escape a careful caller does anyway: ids end up in a path.
        using var request = NewRequest(HttpMethod.Get, new Uri(_predictionsRoot + Uri.EscapeDataString(id)), "application/json");
        return await SendJsonAsync(request, HandWrittenJson.Default.PredictionResult, cancellationToken);
    }

    /// <summary>GETs until the prediction is terminal, without delay (the benchmark measures client cost, not waiting).</summary>
    public async Task<PredictionResult> WaitAsync(string id, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var prediction = await GetPredictionAsync(id, cancellationToken);
            if (prediction.Status is "succeeded" or "failed" or "cancelled" or "canceled")
            {
                return prediction;
            }
        }
    }

    public async Task<ChatAnswer> CompleteChatAsync(string model, List<ChatTurn> messages, CancellationToken cancellationToken = default)
    {
        var body = new ChatRequestBody { Model = model, Messages = messages };
        using var request = NewRequest(HttpMethod.Post, _chat, "application/json", JsonBody(body, HandWrittenJson.Default.ChatRequestBody));
        return await SendJsonAsync(request, HandWrittenJson.Default.ChatAnswer, cancellationToken);
    }

    /// <summary>Embeds one text and decodes its base64 vector into floats.</summary>
    public async Task<float[]> EmbedAsync(string model, string input, CancellationToken cancellationToken = default)
    {
        var body = new EmbeddingRequestBody { Model = model, Input = input };
        using var request = NewRequest(HttpMethod.Post, _embeddings, "application/json", JsonBody(body, HandWrittenJson.Default.EmbeddingRequestBody));
        var answer = await SendJsonAsync(request, HandWrittenJson.Default.EmbeddingAnswer, cancellationToken);
        var bytes = Convert.FromBase64String(answer.Data![0].Embedding!);
        return System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(bytes).ToArray();
    }

    /// <summary>Streams a completion and returns how many characters of text arrived.</summary>
    public async Task<int> StreamChatAsync(string model, List<ChatTurn> messages, CancellationToken cancellationToken = default)
    {
        var body = new ChatRequestBody { Model = model, Messages = messages, Stream = true, StreamOptions = new StreamUsageOption { IncludeUsage = true } };
        using var request = NewRequest(HttpMethod.Post, _chat, "text/event-stream", JsonBody(body, HandWrittenJson.Default.ChatRequestBody));
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var characters = 0;
        await foreach (var item in SseParser.Create(stream, ParseChunk).EnumerateAsync(cancellationToken))
        {
            if (item.Data is not { } chunk)
            {
                break;
            }

            foreach (var choice in chunk.Choices ?? [])
            {
                characters += choice.Delta?.Content?.Length ?? 0;
            }
        }

        return characters;
    }

    // Each event's bytes are deserialized in place, straight from the parser's buffer; [DONE] becomes null.
    private static ChatChunk? ParseChunk(string eventType, ReadOnlySpan<byte> data) =>
        data.SequenceEqual("[DONE]"u8) ? null : JsonSerializer.Deserialize(data, HandWrittenJson.Default.ChatChunk);

    private async Task<PredictionResult> CreateAsync(Uri uri, string model, ImageParameters input, CancellationToken cancellationToken)
    {
        var body = new CreatePredictionBody { Model = model, Input = input };
        using var request = NewRequest(HttpMethod.Post, uri, "application/json", JsonBody(body, HandWrittenJson.Default.CreatePredictionBody));
        return await SendJsonAsync(request, HandWrittenJson.Default.PredictionResult, cancellationToken);
    }

    private async Task<T> SendJsonAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await HandWrittenRead.JsonAsync(response.Content, typeInfo, cancellationToken)
            ?? throw new JsonException("The answer was JSON null.");
    }

    private static HttpRequestMessage NewRequest(HttpMethod method, Uri uri, string accept, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, uri) { Content = content };
        request.Headers.TryAddWithoutValidation("x-api-key", ApiKey);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }

    private static ByteArrayContent JsonBody<T>(T body, JsonTypeInfo<T> typeInfo)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, typeInfo));
        content.Headers.ContentType = JsonType;
        return content;
    }
}
