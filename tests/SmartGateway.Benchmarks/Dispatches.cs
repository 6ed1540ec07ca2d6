using SmartGateway.Runtime.Execution;

namespace SmartGateway.Benchmarks;

/// <summary>The dispatch diagnostic: how many times the interpreter picks an operation per tick (what the firmware pays for).</summary>
public static class Dispatches
{
    public static long PerTick(Interpreter vm) => vm.DispatchesPerTick;
}
