namespace Skytells.Emulator.RateLimits;

/// <summary>
/// One open stream's hold on its gateway's concurrent-stream limit. Disposing releases it once, however many of the
/// stream's ending paths (normal end, fault, client gone, request disposal) get there.
/// </summary>
internal sealed class StreamSlot : IDisposable
{
    private readonly GatewayRateLimiter _owner;
    private int _released;

    public StreamSlot(GatewayRateLimiter owner) => _owner = owner;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            _owner.Release();
        }
    }
}
