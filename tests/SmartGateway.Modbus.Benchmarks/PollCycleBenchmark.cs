using BenchmarkDotNet.Attributes;
using SmartGateway.Devices;

namespace SmartGateway.Modbus.Benchmarks;

/// <summary>One poll cycle of the 16-meter line, measured by BenchmarkDotNet.</summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10, invocationCount: 1)]
public class PollCycleBenchmark
{
    private SixteenMeterLine? _line;

    [GlobalSetup]
    public void Setup() => _line = new SixteenMeterLine();

    [GlobalCleanup]
    public void Cleanup() => _line?.Dispose();

    [Benchmark]
    public CycleReport SixteenMetersAt115200() => _line!.Poller.RunCycle();
}
