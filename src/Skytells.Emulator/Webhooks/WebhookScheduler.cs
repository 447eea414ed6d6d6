using System.Collections.Concurrent;
using Skytells.Emulator.Predictions;

namespace Skytells.Emulator.Webhooks;

/// <summary>
/// Fires webhook deliveries when their status change happens. Statuses are computed from timestamps on read, so
/// nothing announces a change: each subscribed event is queued at creation under the instant its timeline fixes,
/// and one background loop on the emulator's <see cref="TimeProvider"/> sends it once that instant arrives (a fake
/// clock therefore releases deliveries only as the test advances it). Cancellation is queued when it happens.
/// Deliveries of one prediction go out one after another, in event order; different predictions do not wait for
/// each other.
/// </summary>
internal sealed class WebhookScheduler : IAsyncDisposable
{
    private readonly TimeProvider _time;
    private readonly WebhookPolicy _policy;
    private readonly Lock _gate = new();
    private readonly PriorityQueue<WebhookJob, (DateTimeOffset DueAt, long Order)> _queue = new(DueOrder.Instance);
    private readonly Dictionary<string, Task> _chains = new(StringComparer.Ordinal);

    // Only Standard predictions are registered here, which is how a cancel on either gateway knows whether to deliver.
    private readonly ConcurrentDictionary<string, WebhookSubscription> _subscriptions = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private TaskCompletionSource _queueChanged = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebhookSender? _sender;
    private Task? _loop;
    private long _order;
    private bool _disposed;

    public WebhookScheduler(WebhookPolicy policy, TimeProvider time)
    {
        _policy = policy;
        _time = time;
    }

    public WebhookDeliveryLog Log { get; } = new();

    /// <summary>Events queued and not yet due (tests use it to see that nothing was scheduled).</summary>
    public int QueuedCount
    {
        get
        {
            lock (_gate)
            {
                return _queue.Count;
            }
        }
    }

    /// <summary>Queues the lifecycle events of a prediction created on the Standard gateway.</summary>
    public void OnCreated(PredictionRecord prediction)
    {
        if (WebhookSubscription.From(prediction.Spec.Webhook) is not { } subscription)
        {
            return;
        }

        _subscriptions[prediction.Id] = subscription;
        var timeline = prediction.Spec.Timeline;
        if (subscription.Includes(WebhookEventKind.Started))
        {
            Enqueue(new WebhookJob(prediction, subscription, WebhookEventKind.Started, timeline.StartsAt));
        }

        // Success or failure is fixed at creation, so only the event that will happen is queued; a cancellation
        // before the end turns it into a no-op when it comes due.
        var end = prediction.Spec.FailureMessage is null ? WebhookEventKind.Succeeded : WebhookEventKind.Failed;
        if (subscription.Includes(end))
        {
            Enqueue(new WebhookJob(prediction, subscription, end, timeline.CompletesAt));
        }
    }

    /// <summary>Queues the cancelled event for immediate delivery; <paramref name="cancelledAt"/> is the instant of the cancel.</summary>
    public void OnCancelled(PredictionRecord prediction, DateTimeOffset cancelledAt)
    {
        if (_subscriptions.TryGetValue(prediction.Id, out var subscription) && subscription.Includes(WebhookEventKind.Cancelled))
        {
            Enqueue(new WebhookJob(prediction, subscription, WebhookEventKind.Cancelled, cancelledAt));
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task? loop;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            loop = _loop;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        if (loop is not null)
        {
            await loop.ConfigureAwait(false);
        }

        // The loop has ended, so no chain can start after this snapshot; chains end on the stopping token.
        Task[] chains;
        lock (_gate)
        {
            chains = [.. _chains.Values];
        }

        await Task.WhenAll(chains).ConfigureAwait(false);
        _sender?.Dispose();
        _stopping.Dispose();
        Log.Close();
    }

    private void Enqueue(WebhookJob job)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _queue.Enqueue(job, (job.DueAt, _order++));
            _queueChanged.TrySetResult();

            // Started on first use: an emulator whose predictions never register a webhook runs no loop and no client.
            _sender ??= new WebhookSender(_policy, _time, Log);
            _loop ??= Task.Run(() => RunAsync(_stopping.Token));
        }
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        var due = new List<WebhookJob>();
        while (!stopping.IsCancellationRequested)
        {
            Task queueChanged;
            TimeSpan? wait = null;
            lock (_gate)
            {
                // Renewed under the same lock Enqueue signals under, so no enqueue between the scan and the wait is missed.
                _queueChanged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                queueChanged = _queueChanged.Task;
                var now = _time.GetUtcNow();
                while (_queue.TryPeek(out _, out var key))
                {
                    if (key.DueAt > now)
                    {
                        wait = key.DueAt - now;
                        break;
                    }

                    due.Add(_queue.Dequeue());
                }

                foreach (var job in due)
                {
                    Chain(job, stopping);
                }

                due.Clear();
            }

            using var stopWaiting = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            var delay = wait is { } w
                ? Task.Delay(Clamp(w), _time, stopWaiting.Token) // timers may fire early; the next pass re-reads the clock
                : Task.Delay(Timeout.InfiniteTimeSpan, stopWaiting.Token);
            await Task.WhenAny(delay, queueChanged).ConfigureAwait(false);
            await stopWaiting.CancelAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Runs <paramref name="job"/> after the prediction's earlier deliveries (called under the lock).</summary>
    private void Chain(WebhookJob job, CancellationToken stopping)
    {
        var id = job.Prediction.Id;
        var previous = _chains.GetValueOrDefault(id) ?? Task.CompletedTask;

        // A continuation on the thread pool, never inline: the delivery must not run under this lock.
        var next = previous.ContinueWith(
            _ => DeliverAsync(job, stopping), CancellationToken.None, TaskContinuationOptions.DenyChildAttach, TaskScheduler.Default).Unwrap();
        _chains[id] = next;
        _ = next.ContinueWith(
            finished =>
            {
                lock (_gate)
                {
                    if (_chains.TryGetValue(id, out var tail) && tail == finished)
                    {
                        _chains.Remove(id);
                    }
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.DenyChildAttach,
            TaskScheduler.Default);
    }

    /// <summary>Delivers one event; never throws, so a chain always moves on to the prediction's next event.</summary>
    private async Task DeliverAsync(WebhookJob job, CancellationToken stopping)
    {
        var sender = _sender!;
        try
        {
            // Deleted predictions answer 404 to a GET, so there is no body to send; events a cancellation pre-empted never happened.
            if (job.Prediction.IsDeleted)
            {
                return;
            }

            var snapshot = job.Prediction.SnapshotAsOf(job.DueAt);
            if (snapshot.Status != job.Kind.StatusAfter())
            {
                return;
            }

            var body = WebhookPayload.Build(snapshot, job.Kind, job.DueAt, _policy.Envelope);
            var owner = job.Prediction.Owner;
            var signature = WebhookSigner.Sign(owner.WebhookSecret ?? owner.ApiKey, body);
            await sender.DeliverAsync(job, body, signature, stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The emulator is stopping: the event is dropped, as a real sender's would be on shutdown.
        }
        catch (Exception e)
        {
            // An emulator bug: record it so that a test waiting for this event fails with the reason instead of hanging.
            sender.Log(job, 1, 0, string.Empty, string.Empty, $"The emulator failed to deliver: {e.GetType().Name}: {e.Message}");
        }
    }

    // At least one tick (zero would spin), at most a day (Task.Delay's limit is about 49 days).
    private static TimeSpan Clamp(TimeSpan wait) =>
        wait < TimeSpan.FromTicks(1) ? TimeSpan.FromTicks(1) : wait > TimeSpan.FromDays(1) ? TimeSpan.FromDays(1) : wait;

    private sealed class DueOrder : IComparer<(DateTimeOffset DueAt, long Order)>
    {
        public static readonly DueOrder Instance = new();

        public int Compare((DateTimeOffset DueAt, long Order) x, (DateTimeOffset DueAt, long Order) y)
        {
            var byTime = x.DueAt.CompareTo(y.DueAt);
            return byTime != 0 ? byTime : x.Order.CompareTo(y.Order);
        }
    }
}
