namespace Skytells.Emulator.Webhooks;

/// <summary>
/// Every delivery attempt, in the order they finished, plus waiters that tests use instead of sleeping
/// (<see cref="SkytellsEmulator.WaitForWebhookAsync"/>).
/// </summary>
internal sealed class WebhookDeliveryLog
{
    private readonly Lock _gate = new();
    private readonly List<WebhookDeliveryRecord> _records = [];
    private readonly List<Waiter> _waiters = [];
    private bool _closed;

    public IReadOnlyList<WebhookDeliveryRecord> Snapshot()
    {
        lock (_gate)
        {
            return [.. _records];
        }
    }

    public void Add(WebhookDeliveryRecord record)
    {
        lock (_gate)
        {
            _records.Add(record);

            // Under the lock, so that a waiter registered concurrently sees the record either here or in its own scan.
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Offer(record))
                {
                    _waiters.RemoveAt(i);
                }
            }
        }
    }

    /// <summary>Completes with the first record, already logged or still to come, that <paramref name="predicate"/> accepts.</summary>
    public Task<WebhookDeliveryRecord> WaitAsync(Func<WebhookDeliveryRecord, bool> predicate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        Waiter waiter;
        lock (_gate)
        {
            foreach (var record in _records)
            {
                if (predicate(record))
                {
                    return Task.FromResult(record);
                }
            }

            if (_closed)
            {
                return Task.FromException<WebhookDeliveryRecord>(new ObjectDisposedException(nameof(SkytellsEmulator)));
            }

            waiter = new Waiter(predicate);
            _waiters.Add(waiter);
        }

        return WaitCoreAsync(waiter, cancellationToken);
    }

    /// <summary>No more records will come: fails the waiters still pending so that no test hangs on a stopped emulator.</summary>
    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
            foreach (var waiter in _waiters)
            {
                waiter.Fail(new ObjectDisposedException(nameof(SkytellsEmulator)));
            }

            _waiters.Clear();
        }
    }

    private async Task<WebhookDeliveryRecord> WaitCoreAsync(Waiter waiter, CancellationToken cancellationToken)
    {
        try
        {
            return await waiter.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            lock (_gate)
            {
                _waiters.Remove(waiter);
            }

            throw;
        }
    }

    private sealed class Waiter(Func<WebhookDeliveryRecord, bool> predicate)
    {
        private readonly TaskCompletionSource<WebhookDeliveryRecord> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<WebhookDeliveryRecord> Task => _completion.Task;

        /// <summary>True when the waiter is done with (matched, or its predicate threw).</summary>
        public bool Offer(WebhookDeliveryRecord record)
        {
            try
            {
                return predicate(record) && _completion.TrySetResult(record);
            }
            catch (Exception e)
            {
                // A throwing predicate is the test's bug: surface it to that test instead of to the delivery loop.
                _completion.TrySetException(e);
                return true;
            }
        }

        public void Fail(Exception exception) => _completion.TrySetException(exception);
    }
}
