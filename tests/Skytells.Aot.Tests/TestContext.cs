namespace Skytells.Tests;

/// <summary>Shared test plumbing: a generous safety timeout so a hung test fails instead of blocking the run.</summary>
internal static class TestContext
{
    private static readonly TimeSpan Safety = TimeSpan.FromSeconds(60);

    public static CancellationToken Token => new CancellationTokenSource(Safety).Token;
}
