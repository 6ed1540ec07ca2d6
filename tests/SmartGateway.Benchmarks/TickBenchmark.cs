using BenchmarkDotNet.Attributes;
using SmartGateway.Compiler;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Execution;
using SmartGateway.Runtime.Verify;

namespace SmartGateway.Benchmarks;

/// <summary>One tick of 64 automations of six comparisons each; allocations must be zero.</summary>
[MemoryDiagnoser]
public class TickBenchmark
{
    private Interpreter _interpreter = null!;
    private Snapshot[] _snapshots = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        CompilationResult result = Compilation.Compile("bench.sgr", Workload.Dsl(64));
        Verifier.Load(result.Image!, out Image? image);
        _interpreter = new Interpreter(image!);
        // A day's worth of varied readings, so hysteresis and timers really move.
        var random = new Random(42);
        _snapshots = new Snapshot[256];
        for (int s = 0; s < _snapshots.Length; s++)
        {
            _snapshots[s] = _interpreter.NewSnapshot();
            for (int i = 0; i < _snapshots[s].Count; i++)
            {
                if (random.Next(50) == 0) _snapshots[s].SetInvalid(i);
                else _snapshots[s].Set(i, random.NextInt64(0, 20_000) * 1_000_000L);
            }
        }
    }

    [Benchmark(Description = "tick, 64 automations x 6 comparisons")]
    public int Tick()
    {
        _interpreter.Tick(_snapshots[_next++ & 255]);
        return _interpreter.Actions.Count;
    }
}
