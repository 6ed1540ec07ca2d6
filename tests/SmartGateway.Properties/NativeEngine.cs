using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using SmartGateway.Compiler.Binding;
using SmartGateway.Compiler.Emit;
using SmartGateway.Compiler.Formatting;
using SmartGateway.Compiler.Native;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Properties;

/// <summary>
/// The native back end as an engine: many rule sets emitted as one source text (one class each),
/// compiled once with Roslyn and loaded, so a batch of cases costs one compilation, not one each.
/// </summary>
public sealed class NativeEngine
{
    private const string Namespace = "SmartGateway.Native.Cases";
    private readonly Assembly _assembly;

    private NativeEngine(Assembly assembly) => _assembly = assembly;

    public static NativeEngine Compile(IReadOnlyList<BoundRuleSet> ruleSets)
    {
        string source = NativeEmitter.EmitMany(ruleSets, Namespace, "Case");
        var compilation = CSharpCompilation.Create(
            "NativeCases" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(source)],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
        using var pe = new MemoryStream();
        EmitResult result = compilation.Emit(pe);
        if (!result.Success) throw new InvalidOperationException("native source does not compile:\n" + string.Join("\n", result.Diagnostics.Take(10)));
        pe.Position = 0;
        return new NativeEngine(new AssemblyLoadContext("native", isCollectible: true).LoadFromStream(pe));
    }

    /// <summary>Runs rule set number <paramref name="index"/> of the batch over a trace; same text as <see cref="Engines.Vm"/>.</summary>
    public List<string> Run(int index, BoundRuleSet rules, List<Dictionary<string, long?>> trace)
    {
        Type type = _assembly.GetType(Namespace + ".Case" + index)!;
        object native = Activator.CreateInstance(type)!;
        string[] inputs = (string[])type.GetField("Inputs")!.GetValue(null)!;
        MethodInfo tick = type.GetMethod("Tick")!;
        var count = (Func<int>)Delegate.CreateDelegate(typeof(Func<int>), native, type.GetProperty("ActionCount")!.GetMethod!);
        var automationAt = (Func<int, int>)Delegate.CreateDelegate(typeof(Func<int, int>), native, type.GetMethod("AutomationAt")!);
        var actionAt = (Func<int, int>)Delegate.CreateDelegate(typeof(Func<int, int>), native, type.GetMethod("ActionAt")!);
        long[] values = new long[inputs.Length];
        bool[] valid = new bool[inputs.Length];
        var output = new List<string>();
        for (int t = 0; t < trace.Count; t++)
        {
            for (int i = 0; i < inputs.Length; i++)
            {
                long? v = trace[t].GetValueOrDefault(inputs[i]);
                values[i] = v ?? 0;
                valid[i] = v != null;
            }
            tick.Invoke(native, [values, valid]);
            for (int k = 0; k < count(); k++)
            {
                BoundAutomation a = rules.Automations[automationAt(k)];
                int n = actionAt(k);
                BoundAction action = n < a.OnTrue.Count ? a.OnTrue[n] : a.OnFalse[n - a.OnTrue.Count];
                output.Add($"{t} {a.Name}: {Disassembler.Describe(ActionJson.ToEntry(action))}");
            }
        }
        return output;
    }

    private static readonly MetadataReference[] References =
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll")
            .Select(p => MetadataReference.CreateFromFile(p)),
        MetadataReference.CreateFromFile(typeof(Fixed).Assembly.Location),
    ];
}
