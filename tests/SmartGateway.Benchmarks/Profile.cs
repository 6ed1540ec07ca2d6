using System.Diagnostics;
using System.Text;
using SmartGateway.Compiler;
using SmartGateway.Compiler.Binding;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Emit;
using SmartGateway.Compiler.Formatting;
using SmartGateway.Compiler.Lowering;
using SmartGateway.Compiler.Syntax.Nodes;

namespace SmartGateway.Benchmarks;

/// <summary>CPU time of each compiler stage on 10,000 automations (second round, after JIT).</summary>
public static class Profile
{
    public static void Print()
    {
        string dsl = Workload.Dsl(10000);
        string json = JsonFormatter.Format(Compilation.Compile("w.sgr", dsl).Rules);
        for (int round = 0; round < 2; round++)
        {
            var sw = new CpuWatch();
            var d = new DiagnosticBag();
            RuleSetSyntax syntax = Compilation.Parse("w.sgr", Encoding.UTF8.GetBytes(dsl), d);
            Console.WriteLine($"parse dsl {sw.Ms} ms"); sw.Restart();
            Compilation.Parse("w.json", Encoding.UTF8.GetBytes(json), d);
            Console.WriteLine($"parse json {sw.Ms} ms"); sw.Restart();
            BoundRuleSet bound = Binder.Bind(syntax, d, CompileOptions.Default, isJson: false);
            Console.WriteLine($"bind {sw.Ms} ms"); sw.Restart();
            IrProgram ir = Lowerer.Lower(bound);
            Console.WriteLine($"lower {sw.Ms} ms"); sw.Restart();
            Emitter.Emit(ir, d);
            Console.WriteLine($"emit {sw.Ms} ms");
        }
    }
}

/// <summary>CPU time of this process, which other processes on the machine do not inflate.</summary>
internal sealed class CpuWatch
{
    private TimeSpan _start = Process.GetCurrentProcess().TotalProcessorTime;

    public long Ms => (long)(Process.GetCurrentProcess().TotalProcessorTime - _start).TotalMilliseconds;

    public void Restart() => _start = Process.GetCurrentProcess().TotalProcessorTime;
}
