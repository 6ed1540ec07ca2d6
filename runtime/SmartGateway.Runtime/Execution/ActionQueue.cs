namespace SmartGateway.Runtime.Execution;

/// <summary>
/// The actions a tick decided, in execution order: pairs of (automation index, action index).
/// Sized once from the verified image, so queuing never allocates and never overflows.
/// </summary>
public sealed class ActionQueue
{
    private readonly int[] _automations;
    private readonly int[] _actions;

    public ActionQueue(int capacity)
    {
        _automations = new int[capacity];
        _actions = new int[capacity];
    }

    public int Count { get; private set; }

    public int AutomationAt(int i) => _automations[i];

    public int ActionAt(int i) => _actions[i];

    internal void Clear() => Count = 0;

    internal void Add(int automation, int action)
    {
        _automations[Count] = automation;
        _actions[Count] = action;
        Count++;
    }
}
