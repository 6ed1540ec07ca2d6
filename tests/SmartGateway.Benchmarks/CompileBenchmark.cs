using BenchmarkDotNet.Attributes;
using SmartGateway.Compiler;
using SmartGateway.Compiler.Formatting;

namespace SmartGateway.Benchmarks;

/// <summary>Compiling 10,000 automations, from the text DSL and from the automation JSON.</summary>
[MemoryDiagnoser]
public class CompileBenchmark
{
    private byte[] _dsl = [];
    private byte[] _json = [];

    [GlobalSetup]
    public void Setup()
    {
        string dsl = Workload.Dsl(10_000);
        _dsl = System.Text.Encoding.UTF8.GetBytes(dsl);
        _json = System.Text.Encoding.UTF8.GetBytes(JsonFormatter.Format(Compilation.Compile("bench.sgr", dsl).Rules));
    }

    [Benchmark(Description = "compile 10,000 automations (DSL)")]
    public int Dsl() => Compilation.Compile("bench.sgr", _dsl).Image!.Length;

    [Benchmark(Description = "compile 10,000 automations (JSON)")]
    public int Json() => Compilation.Compile("bench.json", _json).Image!.Length;
}
