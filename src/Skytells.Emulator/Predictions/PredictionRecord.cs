using Skytells.Emulator.Accounts;
using Skytells.Emulator.Assets;

namespace Skytells.Emulator.Predictions;

/// <summary>
/// One prediction as the server stores it. Everything but cancellation and deletion is fixed at creation; the
/// status at any instant comes from <see cref="SnapshotAt"/>.
/// </summary>
internal sealed class PredictionRecord
{
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _interrupted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTimeOffset? _cancelledAt;
    private bool _deleted;

    public PredictionRecord(PredictionSpec spec)
    {
        Spec = spec;
        var format = AssetFormat.For(spec.Model.Kind);
        var outputs = new string[spec.OutputCount];
        for (var i = 0; i < outputs.Length; i++)
        {
            outputs[i] = $"{spec.AssetOrigin}/assets/{spec.Id}/{i}.{format.Extension}";
        }

        OutputUrls = outputs;
    }

    public PredictionSpec Spec { get; }

    public string Id => Spec.Id;

    public Account Owner => Spec.Owner;

    public EmulatedModel Model => Spec.Model;

    /// <summary>Where the outputs are served; fixed at creation so output URLs never change between reads.</summary>
    public IReadOnlyList<string> OutputUrls { get; }

    public bool IsDeleted
    {
        get
        {
            lock (_gate)
            {
                return _deleted;
            }
        }
    }

    /// <summary>Completes when the prediction is cancelled or deleted, which ends it before its timeline does.</summary>
    public Task Interrupted => _interrupted.Task;

    public PredictionSnapshot SnapshotAt(DateTimeOffset now)
    {
        lock (_gate)
        {
            return PredictionSnapshot.Compute(this, now, _cancelledAt);
        }
    }

    /// <summary>
    /// The state a read at <paramref name="at"/> returned: a cancellation made after that instant is not applied yet.
    /// Webhooks use it to send an event's state as it was when the event happened, even if they run later.
    /// </summary>
    public PredictionSnapshot SnapshotAsOf(DateTimeOffset at)
    {
        lock (_gate)
        {
            return PredictionSnapshot.Compute(this, at, _cancelledAt <= at ? _cancelledAt : null);
        }
    }

    /// <summary>Cancels the prediction unless it is already terminal at <paramref name="now"/>; returns the state after.</summary>
    public PredictionSnapshot Cancel(DateTimeOffset now)
    {
        TryCancel(now, out var snapshot);
        return snapshot;
    }

    /// <summary>Like <see cref="Cancel"/>; true only when this call cancelled the prediction (it was running at <paramref name="now"/>).</summary>
    public bool TryCancel(DateTimeOffset now, out PredictionSnapshot snapshot)
    {
        lock (_gate)
        {
            snapshot = PredictionSnapshot.Compute(this, now, _cancelledAt);
            if (snapshot.Status.IsTerminal())
            {
                return false;
            }

            _cancelledAt = now;
            snapshot = PredictionSnapshot.Compute(this, now, _cancelledAt);
        }

        _interrupted.TrySetResult();
        return true;
    }

    public void MarkDeleted()
    {
        lock (_gate)
        {
            _deleted = true;
        }

        _interrupted.TrySetResult();
    }
}
