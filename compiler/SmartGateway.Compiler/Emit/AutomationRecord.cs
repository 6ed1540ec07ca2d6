namespace SmartGateway.Compiler.Emit;

internal sealed record AutomationRecord(int Name, byte Flags, long MinOn, long MinOff, int CodeStart, int CodeEnd,
    int HysteresisStart, int HysteresisCount, int TimerStart, int TimerCount);
