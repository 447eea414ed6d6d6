namespace Skytells.Emulator.Faults;

/// <summary>The queued fault rules; each request takes (and uses up one application of) the first rule it matches.</summary>
internal sealed class FaultRules
{
    private readonly Lock _gate = new();
    private readonly List<QueuedFault> _rules = [];

    public void Add(EmulatorFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        fault.Validate();

        // A copy: a caller changing its object afterwards must not change a rule that is already armed.
        var rule = new QueuedFault(fault.Copy());
        lock (_gate)
        {
            _rules.Add(rule);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    // Rules that shape streams wait for a request that asks for one (streaming) instead of being used up by others.
    public EmulatorFault? Take(EmulatorGateway gateway, string method, string path, string? apiKey, bool streaming = false)
    {
        lock (_gate)
        {
            for (var i = 0; i < _rules.Count; i++)
            {
                var rule = _rules[i];
                if (rule.Fault.Matches(gateway, method, path, apiKey, streaming))
                {
                    if (--rule.Remaining == 0)
                    {
                        _rules.RemoveAt(i);
                    }

                    return rule.Fault;
                }
            }
        }

        return null;
    }

    private sealed class QueuedFault(EmulatorFault fault)
    {
        public EmulatorFault Fault { get; } = fault;

        public int Remaining { get; set; } = fault.Times;
    }
}
