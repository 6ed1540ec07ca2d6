using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using SmartGateway.Compiler;
using SmartGateway.Compiler.Native;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Execution;
using SmartGateway.Runtime.Values;
using SmartGateway.Runtime.Verify;

namespace SmartGateway.Benchmarks;

/// <summary>
/// One rule set ready to tick three ways: the VM with the probe off, the VM with the probe on (as the
/// host always runs it) and the native back end (the same rules as plain C#, compiled with Roslyn in
/// Release and JIT-compiled like any code). All three see the same 256 snapshots in turn.
/// </summary>
public sealed class TickEngines
{
    private const int Snapshots = 256;
    private readonly Interpreter _vm;
    private readonly Interpreter _probed;
    private readonly Snapshot[] _snapshots = new Snapshot[Snapshots];
    private readonly Action<long[], bool[]> _nativeTick;
    private readonly long[][] _nativeValues = new long[Snapshots][];
    private readonly bool[][] _nativeValid = new bool[Snapshots][];
    private int _next;

    public TickEngines(string name, string dsl)
    {
        Name = name;
        CompilationResult result = SmartGateway.Compiler.Compilation.Compile("bench.sgr", dsl);
        if (!result.Success) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        ImageBytes = result.Image!.Length;
        VerifyResult verdict = Verifier.Load(result.Image!, out Image? image);
        if (!verdict.IsValid) throw new InvalidOperationException(verdict.ToString());
        Image = image!;
        Comparisons = result.Rules.Automations.Sum(a => CountCompares(a.Condition));
        _vm = new Interpreter(Image);
        _probed = new Interpreter(Image);
        _probed.EnableProbe();
        object native = CompileNative(result);
        string[] inputs = (string[])native.GetType().GetField("Inputs")!.GetValue(null)!;
        _nativeTick = (Action<long[], bool[]>)Delegate.CreateDelegate(typeof(Action<long[], bool[]>), native, native.GetType().GetMethod("Tick")!);

        // The same readings for both engines, each in its own input order; one in 50 is Unknown.
        var random = new Random(42);
        for (int s = 0; s < Snapshots; s++)
        {
            _snapshots[s] = _vm.NewSnapshot();
            for (int i = 0; i < _snapshots[s].Count; i++)
            {
                if (random.Next(50) == 0) _snapshots[s].SetInvalid(i);
                else _snapshots[s].Set(i, Workload.Reading(Image.Inputs[i], random));
            }
            _nativeValues[s] = new long[inputs.Length];
            _nativeValid[s] = new bool[inputs.Length];
            for (int i = 0; i < inputs.Length; i++)
            {
                int slot = Image.InputIndex(inputs[i]);
                _nativeValues[s][i] = _snapshots[s].Values[slot];
                _nativeValid[s][i] = _snapshots[s].Valid[slot];
            }
        }
    }

    public string Name { get; }
    public Image Image { get; }
    public int ImageBytes { get; }
    public int Comparisons { get; }
    public Interpreter Vm => _vm;

    public override string ToString() => Name;

    public void TickNative()
    {
        int s = _next++ & (Snapshots - 1);
        _nativeTick(_nativeValues[s], _nativeValid[s]);
    }

    public int TickVm()
    {
        _vm.Tick(_snapshots[_next++ & (Snapshots - 1)]);
        return _vm.Actions.Count;
    }

    public int TickProbed()
    {
        _probed.Tick(_snapshots[_next++ & (Snapshots - 1)]);
        return _probed.Actions.Count;
    }

    /// <summary>The cases every tick benchmark runs.</summary>
    public static TickEngines Case(string name) => name switch
    {
        "varied 64" => new TickEngines(name, Workload.Varied(64)),
        "copies 64" => new TickEngines(name, Workload.Dsl(64)),
        "varied 1000" => new TickEngines(name, Workload.Varied(1000)),
        _ => throw new ArgumentException("unknown case " + name),
    };

    public static readonly string[] CaseNames = ["varied 64", "copies 64", "varied 1000"];

    private static int CountCompares(SmartGateway.Compiler.Binding.BoundCondition c) => c switch
    {
        SmartGateway.Compiler.Binding.BoundAnd and => and.Items.Sum(CountCompares),
        SmartGateway.Compiler.Binding.BoundOr or => or.Items.Sum(CountCompares),
        SmartGateway.Compiler.Binding.BoundNot not => CountCompares(not.Operand),
        _ => 1,
    };

    private static object CompileNative(CompilationResult result)
    {
        string source = NativeEmitter.Emit(result.Rules, "Bench", "Rules");
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
        EmitResult emitted = compilation.Emit(pe);
        if (!emitted.Success) throw new InvalidOperationException(string.Join("\n", emitted.Diagnostics));
        var assembly = System.Reflection.Assembly.Load(pe.ToArray());
        return Activator.CreateInstance(assembly.GetType("Bench.Rules")!)!;
    }
}
