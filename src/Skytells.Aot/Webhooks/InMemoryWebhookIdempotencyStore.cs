namespace Skytells;

/// <summary>An in-process <see cref="IWebhookIdempotencyStore"/> with bounded memory: it forgets the oldest keys past its capacity.</summary>
public sealed class InMemoryWebhookIdempotencyStore : IWebhookIdempotencyStore
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>Creates a store remembering at most <paramref name="capacity"/> keys.</summary>
    public InMemoryWebhookIdempotencyStore(int capacity = 10_000)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
    }

    /// <summary>Most keys remembered.</summary>
    public int Capacity { get; }

    /// <summary>Keys remembered now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _keys.Count;
            }
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> TryMarkAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            if (!_keys.Add(key))
            {
                return ValueTask.FromResult(false);
            }

            _order.Enqueue(key);
            while (_order.Count > Capacity)
            {
                _keys.Remove(_order.Dequeue());
            }

            return ValueTask.FromResult(true);
        }
    }
}
