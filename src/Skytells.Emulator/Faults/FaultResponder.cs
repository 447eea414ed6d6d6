using System.Globalization;
using Microsoft.AspNetCore.Http;
using Skytells.Emulator.Errors;
using Skytells.Emulator.Http;
using Skytells.Emulator.Recording;

namespace Skytells.Emulator.Faults;

/// <summary>Sends the answer a fault prescribes instead of the emulator's own.</summary>
internal static class FaultResponder
{
    // Starts like a prediction and stops mid-value, so that every JSON parser rejects it.
    private static readonly byte[] MalformedJson = """{"id":"emulator-malformed","status":"succeeded","output":["http://"""u8.ToArray();

    private static readonly byte[] TruncationSource =
        """{"id":"emulator-truncated","status":"succeeded","output":["http://127.0.0.1/assets/emulator-truncated/0.png"]}"""u8.ToArray();

    /// <param name="context">The exchange to answer.</param>
    /// <param name="fault">A fault with an answer (<see cref="EmulatorFault.HasAnswer"/>).</param>
    /// <param name="handled">The emulator's own answer when the fault applies after processing; a truncated body cuts it.</param>
    /// <param name="record">The request's record, told about resets because no status ever goes out.</param>
    public static async Task AnswerAsync(HttpContext context, EmulatorFault fault, ApiResult? handled, RecordingEntry record)
    {
        if (fault.ResetConnection)
        {
            record.Answer(0);
            context.Abort();
        }
        else if (fault.MalformedBody)
        {
            await new JsonResult(200, MalformedJson).ExecuteAsync(context).ConfigureAwait(false);
        }
        else if (fault.TruncatedBody)
        {
            await SendTruncatedAsync(context, handled is JsonResult { StatusCode: 200 } ? handled.Body : TruncationSource).ConfigureAwait(false);
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

    private static async Task SendTruncatedAsync(HttpContext context, ReadOnlyMemory<byte> body)
    {
        var response = context.Response;
        response.StatusCode = 200;
        response.ContentType = JsonResult.JsonContentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body[..(body.Length / 2)], context.RequestAborted).ConfigureAwait(false);
        await response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);

        // Returning with the promised Content-Length unmet makes Kestrel close the connection with a FIN: the client
        // has the headers and half the body, then the stream ends. An abort would send a reset, which can discard
        // the headers before the client reads them and so look like a reset fault instead.
    }
}
