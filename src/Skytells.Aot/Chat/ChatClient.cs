namespace Skytells;

/// <summary>Chat completions (OpenAI-compatible) on one gateway; both gateways serve them, Edge with the lowest latency.</summary>
public sealed class ChatClient
{
    private readonly SkytellsTransport _transport;

    internal ChatClient(SkytellsTransport transport, SkytellsGateway gateway)
    {
        _transport = transport;
        Gateway = gateway;
    }

    /// <summary>The gateway chat requests are sent to.</summary>
    public SkytellsGateway Gateway { get; }

    /// <summary>Generates a completion for <paramref name="messages"/>.</summary>
    public Task<ChatCompletion> CompleteAsync([ModelId] string model, IEnumerable<ChatMessage> messages, CancellationToken cancellationToken = default) =>
        CompleteAsync(new ChatCompletionRequest { Model = model, Messages = messages.ToList() }, cancellationToken);

    /// <summary>Generates a completion.</summary>
    /// <exception cref="SkytellsEdgeNotSupportedException">The model is known not to support Edge and this client is bound to Edge.</exception>
    public async Task<ChatCompletion> CompleteAsync(ChatCompletionRequest request, CancellationToken cancellationToken = default)
    {
        var wire = CreateRequest(request, stream: false);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var response = await _transport.SendAsync(wire, cancellationToken).ConfigureAwait(false);
        var completion = _transport.ReadJson(response, 0, static (json, _) => ChatCompletionReader.Read(json), wire.Operation);
        completion.RateLimitHeaders = response.Headers;
        ChatTelemetry.RecordOperation(wire, completion.Model, completion.Usage, System.Diagnostics.Stopwatch.GetElapsedTime(started), _transport.Redactor);
        return completion;
    }

    /// <summary>Streams a completion for <paramref name="messages"/>.</summary>
    public StreamingChatCompletion StreamAsync([ModelId] string model, IEnumerable<ChatMessage> messages, ChatStreamOptions? options = null, CancellationToken cancellationToken = default) =>
        StreamAsync(new ChatCompletionRequest { Model = model, Messages = messages.ToList() }, options, cancellationToken);

    /// <summary>
    /// Streams a completion as <see cref="ChatCompletionChunk"/>s over server-sent events. The request is sent when
    /// enumeration starts; <see cref="StreamingChatCompletion.Metrics"/> reports time to first token and duration.
    /// </summary>
    /// <exception cref="SkytellsEdgeNotSupportedException">The model is known not to support Edge and this client is bound to Edge.</exception>
    public StreamingChatCompletion StreamAsync(ChatCompletionRequest request, ChatStreamOptions? options = null, CancellationToken cancellationToken = default) =>
        new(_transport, CreateRequest(request, stream: true), options ?? new ChatStreamOptions(), cancellationToken);

    private SkytellsRequest CreateRequest(ChatCompletionRequest request, bool stream)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Model);
        if (request.Messages is null || request.Messages.Count == 0)
        {
            throw new ArgumentException("A chat request needs at least one message.", nameof(request));
        }

        var gateway = EdgeGuard.Resolve(Gateway, request.Model, _transport.Options);
        return new SkytellsRequest
        {
            Method = HttpMethod.Post,
            Uri = _transport.ChatUri(gateway),
            Gateway = gateway,
            Operation = stream ? "chat.stream" : "chat.completions",
            Body = ChatRequestBody.Write(request, stream),

            // A completion is billed once accepted: retried only on answers proving it was not.
            IsIdempotent = false,
            Model = request.Model,
        };
    }
}
