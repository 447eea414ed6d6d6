using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Skytells.Emulator.Errors;
using Skytells.Emulator.Http;
using Skytells.Emulator.Json;
using Skytells.Emulator.Models;
using Skytells.Emulator.RateLimits;

namespace Skytells.Emulator.Chat;

/// <summary>
/// <c>POST /v1/chat/completions</c> on both gateways (spec section 2.8): a JSON completion, or with <c>stream</c> an
/// event stream of chunks (section 4). Errors use the inference envelope (the dispatcher picks it by path).
/// </summary>
internal sealed class ChatEndpoints
{
    private readonly ModelDirectory _models;
    private readonly ChatTiming _timing;
    private readonly TimeProvider _time;

    public ChatEndpoints(ModelDirectory models, ChatTiming timing, TimeProvider time)
    {
        _models = models;
        _timing = timing;
        _time = time;
    }

    public void Map(IEndpointRouteBuilder v1, Func<ApiHandler, RequestDelegate> endpoint) => v1.MapPost("/chat/completions", endpoint(Complete));

    private ValueTask<ApiResult> Complete(ApiRequest request)
    {
        var chat = ChatRequestParser.Parse(request.Body, request.Http.Request.Query);
        var model = Resolve(chat.Model, request.Gateway);
        var answer = ChatGenerator.Answer(chat);
        var meta = new ChatCompletionMeta(ChatIds.Completion(), _time.GetUtcNow().ToUnixTimeSeconds(), model.Id);
        if (!chat.Stream)
        {
            return ValueTask.FromResult(ApiResult.Json(200, ChatCompletionBody.From(meta, answer, chat.Choices, chat.Logprobs), EmulatorJson.Default.ChatCompletionBody));
        }

        return ValueTask.FromResult(Stream(request, meta, answer, chat));
    }

    private ApiResult Stream(ApiRequest request, ChatCompletionMeta meta, ChatAnswer answer, ChatRequest chat)
    {
        var limiter = request.Account.RateLimits.For(request.Gateway);
        if (limiter.TryOpenStream(out var limit) is not { } slot)
        {
            return ErrorAnswer.For(RateLimitErrors.TooManyStreams(limit!), request.Http);
        }

        // The stream normally frees its slot itself; this covers an answer that never streams (an after-processing fault).
        request.Http.Response.RegisterForDispose(slot);
        var settings = ChatStreamSettings.From(_timing, request.Fault, limit);
        var chunks = ChatStreamer.Plan(meta, answer, chat.IncludeUsage, chat.Choices);
        var errorEvent = JsonSerializer.SerializeToUtf8Bytes(
            ErrorAnswer.InferenceBody(ChatErrors.StreamFailed(settings.ErrorAfterChunks ?? 0), ErrorAnswer.RequestIdOf(request.Http)),
            EmulatorJson.Default.InferenceErrorBody);
        var aborted = request.Aborted;
        return new SseResult(body => ChatStreamer.RunAsync(body, chunks, settings, errorEvent, slot, aborted))
        {
            // Only a stream that will be dropped announces a length, the one it will not reach.
            AnnouncedLength = settings.DropAfterChunks is null ? null : ChatStreamer.PlannedLength(chunks, settings),
        };
    }

    private EmulatedModel Resolve(string id, EmulatorGateway gateway)
    {
        if (!_models.TryGet(id, out var model))
        {
            throw ChatErrors.ModelNotFound(id);
        }

        // As for predictions, Edge refuses every model it does not serve before looking at the kind.
        if (gateway == EmulatorGateway.Edge && !model.SupportsEdge)
        {
            throw ChatErrors.EdgeNotSupported();
        }

        return model.Kind == ModelKindName.Text ? model : throw ChatErrors.NotAChatModel(model);
    }
}
