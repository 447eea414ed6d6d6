using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Skytells.Emulator.Accounts;
using Skytells.Emulator.Errors;
using Skytells.Emulator.Faults;
using Skytells.Emulator.Http;
using Skytells.Emulator.RateLimits;
using Skytells.Emulator.Recording;

namespace Skytells.Emulator.Hosting;

/// <summary>
/// The path of every request, top to bottom: record -> fault -> key -> plan -> limits -> handler -> send. Every
/// endpoint (the fallback too) runs through <see cref="Endpoint"/>, so unknown paths are recorded and faulted like
/// the rest. Faults wrap the handler rather than sitting in it, so that a fault can strike before or after the work.
/// </summary>
internal sealed class EmulatorPipeline(
    RequestRecorder recorder, FaultRules faults, AccountDirectory accounts, GatewayPorts ports, TimeProvider time, ILogger logger, CancellationToken stopping)
{
    /// <summary>The endpoint's request delegate for <paramref name="handler"/>.</summary>
    public RequestDelegate Endpoint(ApiHandler handler) => context => HandleAsync(context, handler);

    private async Task HandleAsync(HttpContext context, ApiHandler handler)
    {
        var gateway = ports.Resolve(context.Connection.LocalPort);

        // 1. Record: the slot is taken on arrival (arrival order), the status filled in as the response starts.
        var record = recorder.Begin(gateway, context.Request, time.GetUtcNow());
        context.Response.Headers[RequestIds.HeaderName] = RequestIds.New();
        context.Response.OnStarting(static state =>
        {
            var (record, response) = ((RecordingEntry, HttpResponse))state;
            record.Answer(response.StatusCode);
            return Task.CompletedTask;
        }, (record, context.Response));

        // Waits end when the client goes away or the emulator stops, so disposal never hangs on an await or a delay.
        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            var body = await ReadBodyAsync(context.Request, aborted.Token).ConfigureAwait(false);
            record.Body = System.Text.Encoding.UTF8.GetString(body);
            await FaultOrAnswerAsync(new ApiRequest(context, gateway, body, aborted.Token), record, handler).ConfigureAwait(false);
            EmulatorLog.Answered(logger, gateway, context.Request.Method, context.Request.Path.Value ?? "/", record.Record?.StatusCode ?? 0);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            context.Abort();
        }
        finally
        {
            // Nothing was sent (reset, client gone, emulator stopping): the record says 0.
            record.Answer(0);
        }
    }

    private async Task FaultOrAnswerAsync(ApiRequest request, RecordingEntry record, ApiHandler handler)
    {
        var context = request.Http;

        // 2. Fault: a header names one for this request alone; otherwise the first queued rule that matches.
        var fault = request.Fault = TakeFault(request, out var invalidHeader);
        if (invalidHeader is not null)
        {
            await invalidHeader.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        if (fault?.Delay is { } delay)
        {
            // Wall-clock time even under a fake TimeProvider: the delay is what the client's timeouts measure.
            await Task.Delay(delay, request.Aborted).ConfigureAwait(false);
        }

        if (fault is { HasAnswer: true, AfterProcessing: false })
        {
            await FaultResponder.AnswerAsync(context, fault, handled: null, record).ConfigureAwait(false);
            return;
        }

        // 3-6. Key, plan, limits and the handler; then 7. send, or let an after-processing fault answer instead.
        var result = await AnswerAsync(request, handler).ConfigureAwait(false);
        if (fault is { HasAnswer: true })
        {
            await FaultResponder.AnswerAsync(context, fault, result, record).ConfigureAwait(false);
        }
        else
        {
            await result.ExecuteAsync(context).ConfigureAwait(false);
        }
    }

    private EmulatorFault? TakeFault(ApiRequest request, out ApiResult? invalidHeader)
    {
        var http = request.Http.Request;
        invalidHeader = null;
        try
        {
            var header = http.Headers[FaultHeader.Name].ToString();
            return header.Length > 0
                ? FaultHeader.Parse(header)
                : faults.Take(request.Gateway, http.Method, http.Path.Value ?? "/", request.ApiKey, Chat.ChatStreamProbe.IsStreaming(request));
        }
        catch (ApiErrorException e)
        {
            invalidHeader = ErrorAnswer.For(e.Error, request.Http);
            return null;
        }
    }

    // Errors become an envelope here (REST, or inference on the inference paths), so every caller gets a finished result.
    private async ValueTask<ApiResult> AnswerAsync(ApiRequest request, ApiHandler handler)
    {
        var http = request.Http;
        try
        {
            if (http.GetEndpoint()?.Metadata.GetMetadata<RequiresApiKey>() is null)
            {
                return await handler(request).ConfigureAwait(false);
            }

            // 3. Key.
            if (!accounts.TryGet(request.ApiKey, out var account))
            {
                return ErrorAnswer.For(ApiError.Unauthorized(), http);
            }

            // 4. Plan: the gate applies to the whole Edge gateway and comes before any model check.
            if (request.Gateway == EmulatorGateway.Edge && !account.MayUseEdge)
            {
                return ErrorAnswer.For(ApiError.EdgeUpgradeRequired(), http);
            }

            // 5. Limits: after the key (limits belong to a key), before the handler (a rejected request does no work).
            request.Account = account;
            if (RateLimitGate.Admit(request) is { } limited)
            {
                return limited;
            }

            // 6. Handler.
            return RateLimitGate.Stamp(request, await handler(request).ConfigureAwait(false));
        }
        catch (ApiErrorException e)
        {
            return ErrorAnswer.For(e.Error, http);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An emulator bug must still reach the client as an API error, not as a dropped connection.
            EmulatorLog.UnhandledFailure(logger, e, http.Request.Method, http.Request.Path.Value ?? "/", request.Gateway);
            return ErrorAnswer.For(ApiError.Internal(), http);
        }
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }
}
