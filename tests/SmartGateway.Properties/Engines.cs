using SmartGateway.Compiler.Binding;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Emit;
using SmartGateway.Compiler.Formatting;
using SmartGateway.Compiler.Lowering;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Execution;
using SmartGateway.Runtime.Verify;

namespace SmartGateway.Properties;

/// <summary>Runs a rule set over a trace on each engine and returns the executed actions as comparable text.</summary>
public static class Engines
{
    public static byte[] Compile(BoundRuleSet rules)
    {
        var diagnostics = new DiagnosticBag();
        byte[]? image = Emitter.Emit(Lowerer.Lower(rules), diagnostics);
        return image ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
    }

    public static List<string> Vm(BoundRuleSet rules, List<Dictionary<string, long?>> trace)
    {
        VerifyResult verdict = Verifier.Load(Compile(rules), out Image? image);
        if (image == null) throw new InvalidOperationException("compiler output refused: " + verdict);
        var interpreter = new Interpreter(image);
        Snapshot snapshot = interpreter.NewSnapshot();
        var output = new List<string>();
        for (int t = 0; t < trace.Count; t++)
        {
            for (int i = 0; i < image.Inputs.Length; i++)
            {
                if (trace[t].GetValueOrDefault(image.Inputs[i]) is long v) snapshot.Set(i, v);
                else snapshot.SetInvalid(i);
            }
            interpreter.Tick(snapshot);
            for (int k = 0; k < interpreter.Actions.Count; k++)
            {
                output.Add($"{t} {image.Automations[interpreter.Actions.AutomationAt(k)].Name}: {Disassembler.Describe(image.Actions[interpreter.Actions.ActionAt(k)])}");
            }
        }
        return output;
    }

    public static List<string> Reference(BoundRuleSet rules, List<Dictionary<string, long?>> trace)
    {
        var evaluator = new ReferenceEvaluator(rules);
        var output = new List<string>();
        for (int t = 0; t < trace.Count; t++)
        {
            foreach ((string? automation, BoundAction? action) in evaluator.Tick(p => trace[t].GetValueOrDefault(p)))
            {
                output.Add($"{t} {automation}: {Disassembler.Describe(ActionJson.ToEntry(action))}");
            }
        }
        return output;
    }
}
