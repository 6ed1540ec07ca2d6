using BenchmarkDotNet.Attributes;

namespace SmartGateway.Benchmarks;

/// <summary>
/// One tick: native back end (baseline), VM with the probe off, VM with the probe on; allocations must
/// be zero. Cases: 64 varied automations (the honest one), 64 copies of one shape, 1,000 varied.
/// Goal (issue #17): VM ≤ 2.0× native with the probe off, ≤ 2.5× with it on. Run: --filter '*TickBenchmark*'.
/// </summary>
[MemoryDiagnoser]
public class TickBenchmark
{
    private TickEngines _engines = null!;

    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = "";

    public static IEnumerable<string> Cases => TickEngines.CaseNames;

    [GlobalSetup]
    public void Setup() => _engines = TickEngines.Case(Case);

    [Benchmark(Baseline = true, Description = "native tick")]
    public void Native() => _engines.TickNative();

    [Benchmark(Description = "VM tick")]
    public int Vm() => _engines.TickVm();

    [Benchmark(Description = "VM tick, probe on")]
    public int VmProbe() => _engines.TickProbed();
}
