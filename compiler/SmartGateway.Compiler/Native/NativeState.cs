using SmartGateway.Compiler.Binding;

namespace SmartGateway.Compiler.Native;

/// <summary>What the native emitter allocates while it writes one class: input slots, state slots, locals.</summary>
internal sealed class NativeState
{
    private readonly List<string> _inputs = [];
    private int _locals;

    public NativeState(BoundRuleSet rules)
    {
        QueueCapacity = Math.Max(1, rules.Automations.Sum(a => Math.Max(a.OnTrue.Count, a.OnFalse.Count)));
        foreach (BoundAutomation a in rules.Automations) CollectInputs(a.Condition);
    }

    public IReadOnlyList<string> Inputs => _inputs;

    public int HysteresisSlots { get; private set; }

    public int TimerSlots { get; private set; }

    public int QueueCapacity { get; }

    /// <summary>Inputs are numbered in order of first use.</summary>
    public int InputSlot(string path)
    {
        int i = _inputs.IndexOf(path);
        if (i >= 0) return i;
        _inputs.Add(path);
        return _inputs.Count - 1;
    }

    private void CollectInputs(BoundCondition c)
    {
        switch (c)
        {
            case BoundAnd and: foreach (BoundCondition item in and.Items) CollectInputs(item); break;
            case BoundOr or: foreach (BoundCondition item in or.Items) CollectInputs(item); break;
            case BoundNot not: CollectInputs(not.Operand); break;
            case BoundCompare compare: foreach (BoundTerm t in compare.Terms) InputSlot(t.Input.Path); break;
        }
    }

    public int NewHysteresisSlot() => HysteresisSlots++;

    public int NewTimerSlot() => TimerSlots++;

    public string NewLocal() => "c" + _locals++;
}
