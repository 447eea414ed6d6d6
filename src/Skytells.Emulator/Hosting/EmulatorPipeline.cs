using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Skytells.Emulator.Errors;
using Skytells.Emulator.Faults;
using Skytells.Emulator.Http;
using Skytells.Emulator.Recording;

namespace Skytells.Emulator.Hosting;

/// <summary>
/// The one request delegate of the server: record the request, pick its fault, then handle it. Faults wrap the
/// dispatcher rather than sitting in it, so that a fault can strike before or after the real work.
/// </summary>
internal sealed class EmulatorPipeline
{
    private readonly RequestRecorder _recorder;
    private readonly FaultRules _faults;
    private readonly ApiDispatcher _dispatcher;
    private readonly GatewayPorts _ports;
    private readonly TimeProvider _time;
    private readonly CancellationToken _stopping;
    private readonly ILogger _logger;

    public EmulatorPipeline(
        RequestRecorder recorder,
        FaultRules faults,
        ApiDispatcher dispatcher,
        GatewayPorts ports,
        TimeProvider time,
        ILogger logger,
        CancellationToken stopping)
    {
        _recorder = recorder;
        _faults = faults;
        _dispatcher = dispatcher;
        _ports = ports;
        _time = time;
        _logger = logger;
        _stopping = stopping;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var gateway = _ports.Resolve(context.Connection.LocalPort);
        var record = _recorder.Begin(gateway, context.Request, _time.GetUtcNow());
        context.Response.Headers[RequestIds.HeaderName] = RequestIds.New();
        context.Response.OnStarting(static state =>
        {
            var (record, context) = ((RecordingEntry, HttpContext))state;
            record.Answer(context.Response.StatusCode);
            return Task.CompletedTask;
        }, (record, context));

        // Waits end when the client goes away or the emulator stops, so disposal never hangs on an await or a delay.
        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping);
        try
        {
            var body = await ReadBodyAsync(context.Request, aborted.Token).ConfigureAwait(false);
            record.Body = System.Text.Encoding.UTF8.GetString(body);
            var request = new ApiRequest(context, gateway, body, aborted.Token);
            await HandleAsync(request, record).ConfigureAwait(false);
            EmulatorLog.Answered(_logger, gateway, context.Request.Method, context.Request.Path.Value ?? "/", record.Record?.StatusCode ?? 0);
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

    private async Task HandleAsync(ApiRequest request, RecordingEntry record)
    {
        var context = request.Http;
        EmulatorFault? fault;
        try
        {
            // A fault named in the header is for this request alone; queued rules stay armed for others.
            var header = context.Request.Headers[FaultHeader.Name].ToString();
            fault = header.Length > 0
                ? FaultHeader.Parse(header)
                : _faults.Take(
                    request.Gateway, context.Request.Method, context.Request.Path.Value ?? "/", request.ApiKey, Chat.ChatStreamProbe.IsStreaming(request));
        }
        catch (ApiErrorException e)
        {
            await ErrorAnswer.For(e.Error, context).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        request.Fault = fault;
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

        var result = await _dispatcher.DispatchAsync(request).ConfigureAwait(false);
        if (fault is { HasAnswer: true })
        {
            await FaultResponder.AnswerAsync(context, fault, result, record).ConfigureAwait(false);
            return;
        }

        await result.ExecuteAsync(context).ConfigureAwait(false);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }
}
