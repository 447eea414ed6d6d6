using Microsoft.Extensions.Logging;

namespace Skytells.Emulator.Hosting;

/// <summary>The emulator's own log messages (none carries a header, so no key can leak).</summary>
internal static partial class EmulatorLog
{
    [LoggerMessage(1, LogLevel.Error, "Unhandled failure while serving {Method} {Path} on the {Gateway} gateway")]
    public static partial void UnhandledFailure(ILogger logger, Exception exception, string method, string path, EmulatorGateway gateway);

    [LoggerMessage(2, LogLevel.Information, "{Gateway} {Method} {Path} -> {StatusCode}")]
    public static partial void Answered(ILogger logger, EmulatorGateway gateway, string method, string path, int statusCode);
}
