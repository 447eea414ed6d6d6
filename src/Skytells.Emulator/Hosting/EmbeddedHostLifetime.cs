using Microsoft.Extensions.Hosting;

namespace Skytells.Emulator.Hosting;

/// <summary>
/// Replaces the console lifetime: an emulator embedded in a test run or a sample must not take over the host
/// process's Ctrl+C and SIGTERM. The command line handles signals itself.
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
