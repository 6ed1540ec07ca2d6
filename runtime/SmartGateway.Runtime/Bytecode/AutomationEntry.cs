namespace SmartGateway.Runtime.Bytecode;

/// <summary>One decoded automation record: its code range and the state slots it owns.</summary>
public sealed class AutomationEntry
{
    public string Name = "";
    public bool Enabled;
    public bool Continuous;
    public long MinOnTicks;
    public long MinOffTicks;
    public int CodeStart;
    public int CodeEnd;
    public int HysteresisStart;
    public int HysteresisCount;
    public int TimerStart;
    public int TimerCount;
}
