namespace SmartGateway.Benchmarks;

/// <summary>
/// "native" mode: VM and native ticks of <see cref="NativeTickBenchmark"/> measured in process CPU time,
/// alternating rounds and keeping each engine's best, so a loaded shared machine disturbs the ratio
/// less than wall-clock time does.
/// </summary>
public static class NativeRatio
{
    public static void Print()
    {
        var bench = new NativeTickBenchmark();
        bench.Setup();
        const int ticks = 200_000;
        double bestNative = double.MaxValue, bestVm = double.MaxValue;
        for (int round = 0; round < 7; round++)
        {
            var watch = new CpuWatch();
            for (int i = 0; i < ticks; i++) bench.Native();
            bestNative = Math.Min(bestNative, watch.Ms * 1000.0 / ticks);
            watch.Restart();
            for (int i = 0; i < ticks; i++) bench.Vm();
            bestVm = Math.Min(bestVm, watch.Ms * 1000.0 / ticks);
        }
        Console.WriteLine($"native tick {bestNative:F2} us, VM tick {bestVm:F2} us (64 automations, best of 7 x {ticks} ticks, CPU time)");
        Console.WriteLine($"VM / native = {bestVm / bestNative:F2}");
    }
}
