namespace SmartGateway.Benchmarks;

/// <summary>
/// "native" mode: every case of <see cref="TickEngines"/> in one table — native, VM and VM-with-probe
/// ticks in process CPU time (alternating rounds, each engine's best, so a loaded shared machine
/// disturbs the ratios less than wall-clock time does), the ratios, bytes allocated per tick, the VM's
/// dispatches per tick and the image size.
/// </summary>
public static class NativeRatio
{
    /// <summary>Prints every case, or only those named in <paramref name="cases"/>.</summary>
    public static void Print(string[] cases)
    {
        Console.WriteLine($"{"case",-12} {"cmp",5} {"native ns",10} {"VM ns",9} {"probe ns",9} {"VM/nat",7} {"probe/nat",9} {"alloc B",8} {"disp/tick",9} {"image B",8}");
        foreach (string name in TickEngines.CaseNames)
        {
            if (cases.Length > 0 && !cases.Contains(name)) continue;
            var e = TickEngines.Case(name);
            double native = double.MaxValue, vm = double.MaxValue, probed = double.MaxValue;
            for (int round = 0; round < 15; round++)
            {
                native = Math.Min(native, Measure(e.TickNative));
                vm = Math.Min(vm, Measure(() => e.TickVm()));
                probed = Math.Min(probed, Measure(() => e.TickProbed()));
            }
            long allocated = Allocated(e, 10_000);
            Console.WriteLine($"{name,-12} {e.Comparisons,5} {native,10:F0} {vm,9:F0} {probed,9:F0} {vm / native,7:F2} {probed / native,9:F2} {allocated,8} {Dispatches.PerTick(e.Vm),9} {e.ImageBytes,8}");
        }
    }

    /// <summary>CPU nanoseconds per tick over at least 150 ms of CPU time (the clock counts in 10 ms steps).</summary>
    private static double Measure(Action tick)
    {
        var watch = new CpuWatch();
        long ticks = 0;
        while (watch.Ms < 150)
        {
            for (int i = 0; i < 256; i++) tick();
            ticks += 256;
        }
        return watch.Ms * 1_000_000.0 / ticks;
    }

    /// <summary>Bytes allocated per tick by both VM engines together, after warm-up (must be 0).</summary>
    private static long Allocated(TickEngines e, int ticks)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < ticks; i++)
        {
            e.TickVm();
            e.TickProbed();
        }
        return (GC.GetAllocatedBytesForCurrentThread() - before) / ticks;
    }
}
