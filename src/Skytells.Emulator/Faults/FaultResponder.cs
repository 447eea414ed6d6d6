using System.Globalization;
using Microsoft.AspNetCore.Http;
using Skytells.Emulator.Errors;
using Skytells.Emulator.Http;
using Skytells.Emulator.Recording;

namespace Skytells.Emulator.Faults;

/// <summary>Sends the answer a fault prescribes instead of the emulator's own.</summary>
internal static class FaultResponder
{
    // Wall-clock pause between the last byte of a cut body and the reset. The flush hands the bytes to the kernel;
    // the pause lets the kernel put them on the wire before the reset discards whatever it still holds.
    private static readonly TimeSpan ResetSettle = TimeSpan.FromMilliseconds(50);

    /// <param name="context">The exchange to answer.</param>
    /// <param name="fault">A fault with an answer (<see cref="EmulatorFault.HasAnswer"/>).</param>
    /// <param name="handled">The emulator's own answer when the fault applies after processing; a truncated body or a mid-body reset cuts it.</param>
    /// <param name="record">The request's record, told about resets and closes because no status ever goes out.</param>
    public static async Task AnswerAsync(HttpContext context, EmulatorFault fault, ApiResult? handled, RecordingEntry record)
    {
        if (fault.ResponseHeaders.Count > 0)
        {
            // Applied as the headers go out, after the answer set its own, so that the rule's headers win.
            context.Response.OnStarting(static state =>
            {
                var (response, headers) = ((HttpResponse, IDictionary<string, string>))state;
                foreach (var (name, value) in headers)
                {
                    response.Headers[name] = value;
                }

                return Task.CompletedTask;
            }, (context.Response, fault.ResponseHeaders));
        }

        if (fault.ResetConnection)
        {
            record.Answer(0);
            ConnectionBreaker.Reset(context);
        }
        else if (fault.CloseWithoutResponse)
        {
            record.Answer(0);
            await ConnectionBreaker.CloseAsync(context).ConfigureAwait(false);
        }
        else if (fault.ResetAfterBodyBytes is { } cut)
        {
            await SendAndResetAsync(context, RawAnswer.ToCut(fault, handled, cut), cut).ConfigureAwait(false);
        }
        else if (fault.Body is not null)
        {
            await SendRawAsync(context, RawAnswer.FromBody(fault)).ConfigureAwait(false);
        }
        else if (fault.RedirectLocation is { } location)
        {
            await SendRedirectAsync(context, fault.RedirectStatusCode ?? StatusCodes.Status302Found, location).ConfigureAwait(false);
        }
        else if (fault.MalformedBody)
        {
            await new ApiResult(200, ApiResult.JsonContentType, FaultBodies.MalformedJson).ExecuteAsync(context).ConfigureAwait(false);
        }
        else if (fault.TruncatedBody)
        {
            await SendTruncatedAsync(context, handled is { IsJson: true, StatusCode: 200 } ? handled.Body : FaultBodies.TruncationSource).ConfigureAwait(false);
        }
        else if (fault.StatusCode is { } status)
        {
            var error = new ApiError(
                status,
                fault.ErrorId ?? ErrorIds.ForStatus(status),
                fault.Message ?? string.Create(CultureInfo.InvariantCulture, $"Injected fault: HTTP {status}."))
            {
                RetryAfter = fault.RetryAfter,
            };
            await ErrorAnswer.For(error, context).ExecuteAsync(context).ConfigureAwait(false);
        }
    }

    private static async Task SendRedirectAsync(HttpContext context, int status, string location)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.Headers.Location = location;
        if (HeaderText.StatusHasBody(status))
        {
            response.ContentLength = 0;
        }

        // Started here, not when the request completes, so that the record gets the status before the pipeline
        // settles it as 0 (nothing sent).
        await response.StartAsync(context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task SendRawAsync(HttpContext context, RawAnswer answer)
    {
        answer.Prepare(context.Response);

        // Started before the first write: the status reaches the record even for an empty body, and without a
        // Content-Length Kestrel picks chunked framing (a response that starts only as the request completes gets
        // Content-Length: 0 instead).
        await context.Response.StartAsync(context.RequestAborted).ConfigureAwait(false);
        await RawBodyWriter.WriteAsync(context.Response, answer.Body, answer.Repeat, answer.Length, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task SendAndResetAsync(HttpContext context, RawAnswer answer, int cut)
    {
        var aborted = context.RequestAborted;
        answer.Prepare(context.Response);
        try
        {
            // Started explicitly so that the headers go out even when no body byte does (a cut after 0 bytes).
            await context.Response.StartAsync(aborted).ConfigureAwait(false);
            if (await RawBodyWriter.WriteAsync(context.Response, answer.Body, answer.Repeat, cut, aborted).ConfigureAwait(false))
            {
                await Task.Delay(ResetSettle, aborted).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client left first; the reset below only tidies up.
        }

        ConnectionBreaker.Reset(context);
    }

    private static async Task SendTruncatedAsync(HttpContext context, ReadOnlyMemory<byte> body)
    {
        var response = context.Response;
        response.StatusCode = 200;
        response.ContentType = ApiResult.JsonContentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body[..(body.Length / 2)], context.RequestAborted).ConfigureAwait(false);
        await response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);

        // Returning with the promised Content-Length unmet makes Kestrel close the connection with a FIN: the client
        // has the headers and half the body, then the stream ends. An abort would send a reset, which can discard
        // the headers before the client reads them and so look like a reset fault instead.
    }
}
