using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SmartGateway.Compiler;
using SmartGateway.Compiler.Native;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Execution;
using SmartGateway.Runtime.Values;
using SmartGateway.Runtime.Verify;

namespace SmartGateway.Benchmarks;

/// <summary>
/// The VM's tick against the native back end's (the same 64 automations as plain C#, compiled with
/// Roslyn in Release and JIT-compiled like any code): the ratio is the cost of interpretation.
/// Goal (issue #4): VM within 3x of native. Run: --filter '*NativeTick*'.
/// </summary>
[MemoryDiagnoser]
public class NativeTickBenchmark
{
    private Interpreter _interpreter = null!;
    private Snapshot[] _snapshots = null!;
    private Action<long[], bool[]> _nativeTick = null!;
    private long[][] _nativeValues = null!;
    private bool[][] _nativeValid = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        CompilationResult result = SmartGateway.Compiler.Compilation.Compile("bench.sgr", Workload.Dsl(64));
        Verifier.Load(result.Image!, out Image? image);
        _interpreter = new Interpreter(image!);
        object native = CompileNative(result);
        string[] inputs = (string[])native.GetType().GetField("Inputs")!.GetValue(null)!;
        _nativeTick = (Action<long[], bool[]>)Delegate.CreateDelegate(typeof(Action<long[], bool[]>), native, native.GetType().GetMethod("Tick")!);

        // The same readings for both engines, each in its own input order.
        var random = new Random(42);
        _snapshots = new Snapshot[256];
        _nativeValues = new long[256][];
        _nativeValid = new bool[256][];
        for (int s = 0; s < _snapshots.Length; s++)
        {
            _snapshots[s] = _interpreter.NewSnapshot();
            for (int i = 0; i < _snapshots[s].Count; i++)
            {
                if (random.Next(50) == 0) _snapshots[s].SetInvalid(i);
                else _snapshots[s].Set(i, random.NextInt64(0, 20_000) * 1_000_000L);
            }
            _nativeValues[s] = new long[inputs.Length];
            _nativeValid[s] = new bool[inputs.Length];
            for (int i = 0; i < inputs.Length; i++)
            {
                int slot = image!.InputIndex(inputs[i]);
                _nativeValues[s][i] = _snapshots[s].Values[slot];
                _nativeValid[s][i] = _snapshots[s].Valid[slot];
            }
        }
    }

    [Benchmark(Baseline = true, Description = "native tick, 64 automations")]
    public void Native()
    {
        int s = _next++ & 255;
        _nativeTick(_nativeValues[s], _nativeValid[s]);
    }

    [Benchmark(Description = "VM tick, 64 automations")]
    public int Vm()
    {
        _interpreter.Tick(_snapshots[_next++ & 255]);
        return _interpreter.Actions.Count;
    }

    private static object CompileNative(CompilationResult result)
    {
        string source = NativeEmitter.Emit(result.Rules, "Bench", "Rules64");
        MetadataReference[] references =
        [
            .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll")
                .Select(p => MetadataReference.CreateFromFile(p)),
            MetadataReference.CreateFromFile(typeof(Fixed).Assembly.Location),
        ];
        var compilation = CSharpCompilation.Create("NativeBench", [CSharpSyntaxTree.ParseText(source)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
        using var pe = new MemoryStream();
        var emitted = compilation.Emit(pe);
        if (!emitted.Success) throw new InvalidOperationException(string.Join("\n", emitted.Diagnostics));
        var assembly = System.Reflection.Assembly.Load(pe.ToArray());
        return Activator.CreateInstance(assembly.GetType("Bench.Rules64")!)!;
    }
}
