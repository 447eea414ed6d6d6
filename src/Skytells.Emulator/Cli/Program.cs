using System.Runtime.InteropServices;

namespace Skytells.Emulator.Cli;

/// <summary>Entry point of the <c>skytells-emulator</c> tool.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var stop = new CancellationTokenSource();

        // Ctrl+C and SIGTERM stop the emulator gracefully instead of killing the process mid-response.
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        return await EmulatorCommand.RunAsync(args, Console.Out, Console.Error, stop.Token).ConfigureAwait(false);
    }
}
