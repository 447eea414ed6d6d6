using System.Globalization;
using Skytells.Emulator.Errors;

namespace Skytells.Emulator.Faults;

/// <summary>
/// Parses the per-request <c>x-emulator-fault</c> header, for command-line users who cannot call
/// <see cref="SkytellsEmulator.InjectFault"/>: <c>status=503; retry-after=2; delay=100ms; reset; malformed;
/// truncated; after-processing; fail=message; error-id=ID; message=text</c>; the hostile-server answers
/// <c>redirect=URL</c> (302, or <c>redirect-status=3xx</c>; the URL cannot contain <c>;</c>), <c>reset-after-bytes=N</c>
/// (the headers and N bytes of a built-in prediction, then a TCP reset) and <c>close</c> (a graceful close without a
/// response byte); and for chat streams
/// <c>stream-keep-alive; stream-omit-done; stream-drop-after=N; stream-stall-after=N; stream-stall=2s;
/// stream-error-after=N; ttft=100ms; inter-token-delay=5ms</c>. Durations take <c>ms</c>, <c>s</c> or <c>m</c>; a
/// bare number is seconds.
/// </summary>
internal static class FaultHeader
{
    public const string Name = "x-emulator-fault";

    public static EmulatorFault Parse(string header)
    {
        var fault = new EmulatorFault();
        foreach (var item in header.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            var key = (equals < 0 ? item : item[..equals]).Trim().Replace('_', '-').ToUpperInvariant();
            var value = equals < 0 ? null : item[(equals + 1)..].Trim();
            switch (key)
            {
                case "STATUS":
                    fault.StatusCode = int.TryParse(Required(key, value), NumberStyles.None, CultureInfo.InvariantCulture, out var status)
                        ? status
                        : throw Invalid($"status '{value}' is not a number");
                    break;
                case "RETRY-AFTER": fault.RetryAfter = Duration(key, value); break;
                case "DELAY": fault.Delay = Duration(key, value); break;
                case "ERROR-ID": fault.ErrorId = Required(key, value); break;
                case "MESSAGE": fault.Message = Required(key, value); break;
                case "FAIL": fault.FailPrediction = Required(key, value); break;
                case "RESET": fault.ResetConnection = Flag(key, value); break;
                case "MALFORMED": fault.MalformedBody = Flag(key, value); break;
                case "TRUNCATED": fault.TruncatedBody = Flag(key, value); break;
                case "AFTER-PROCESSING": fault.AfterProcessing = Flag(key, value); break;
                case "REDIRECT": fault.RedirectLocation = Required(key, value); break;
                case "REDIRECT-STATUS":
                    fault.RedirectStatusCode = int.TryParse(Required(key, value), NumberStyles.None, CultureInfo.InvariantCulture, out var redirect)
                        ? redirect
                        : throw Invalid($"redirect-status '{value}' is not a number");
                    break;
                case "RESET-AFTER-BYTES":
                    fault.ResetAfterBodyBytes = int.TryParse(Required(key, value), NumberStyles.None, CultureInfo.InvariantCulture, out var bytes)
                        ? bytes
                        : throw Invalid($"reset-after-bytes '{value}' is not a byte count");
                    break;
                case "CLOSE": fault.CloseWithoutResponse = Flag(key, value); break;
                case "STREAM-KEEP-ALIVE": fault.StreamKeepAlive = Flag(key, value); break;
                case "STREAM-OMIT-DONE": fault.StreamOmitDone = Flag(key, value); break;
                case "STREAM-DROP-AFTER": fault.StreamDropAfterChunks = Count(key, value); break;
                case "STREAM-STALL-AFTER": fault.StreamStallAfterChunks = Count(key, value); break;
                case "STREAM-STALL": fault.StreamStall = Duration(key, value); break;
                case "STREAM-ERROR-AFTER": fault.StreamErrorAfterChunks = Count(key, value); break;
                case "TTFT" or "TIME-TO-FIRST-TOKEN": fault.ChatTimeToFirstToken = Duration(key, value); break;
                case "INTER-TOKEN-DELAY": fault.ChatInterTokenDelay = Duration(key, value); break;
                default: throw Invalid($"unknown item '{item}'");
            }
        }

        try
        {
            fault.Validate();
        }
        catch (ArgumentException e)
        {
            throw Invalid(e.Message);
        }

        return fault;
    }

    private static string Required(string key, string? value) =>
        string.IsNullOrEmpty(value) ? throw Invalid($"{key.ToLowerInvariant()} needs a value") : value;

    private static bool Flag(string key, string? value) =>
        value is null ? true : throw Invalid($"{key.ToLowerInvariant()} takes no value");

    private static int Count(string key, string? value) =>
        int.TryParse(Required(key, value), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : throw Invalid($"{key.ToLowerInvariant()} '{value}' is not a chunk count");

    private static TimeSpan Duration(string key, string? value)
    {
        var text = Required(key, value);
        var (number, unit) = text.EndsWith("ms", StringComparison.OrdinalIgnoreCase) ? (text[..^2], 0.001)
            : text.EndsWith('s') || text.EndsWith('S') ? (text[..^1], 1.0)
            : text.EndsWith('m') || text.EndsWith('M') ? (text[..^1], 60.0)
            : (text, 1.0);
        return double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            ? TimeSpan.FromSeconds(amount * unit)
            : throw Invalid($"{key.ToLowerInvariant()} '{text}' is not a duration");
    }

    private static ApiErrorException Invalid(string reason) =>
        new(ApiError.InvalidRequest($"Invalid {Name} header: {reason}."));
}
