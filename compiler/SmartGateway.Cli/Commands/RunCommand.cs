using System.CommandLine;
using System.Text;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Emit;
using SmartGateway.Compiler.Tariffs;
using SmartGateway.Compiler.Traces;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Time;

namespace SmartGateway.Cli.Commands;

/// <summary>
/// <c>sgc run RULES --trace T.csv [--jsonl]</c>: runs rules over recorded inputs and prints each executed
/// action; with --jsonl exactly one JSON object per action and nothing else on standard output.
/// </summary>
internal static class RunCommand
{
    public static Command Create(Output output)
    {
        var file = new Argument<string>("rules") { Description = "rule file (.sgr, .json) or compiled image (.sgb)" };
        var trace = new Option<string>("--trace") { Description = "CSV of inputs, one row per tick", Required = true };
        var jsonl = new Option<bool>("--jsonl") { Description = "print one JSON object per executed action" };
        var tariffs = new Option<string?>("--tariffs") { Description = "tariff calendar that decides the 'tariff' input when the trace has no tariff column" };
        var command = new Command("run", "Run rules over a trace of inputs") { file, trace, jsonl, tariffs };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(trace)!, parse.GetValue(jsonl), parse.GetValue(tariffs), output));
        return command;
    }

    private static int Run(string file, string tracePath, bool jsonl, string? tariffs, Output output)
    {
        Image? image = RuleInput.LoadImage(file, output);
        if (image == null) return ExitCodes.InputErrors;
        TariffCalendar? calendar = null;
        if (tariffs != null)
        {
            TariffCompilation compiled = TariffCompiler.CompileFile(tariffs);
            if (!output.Report(compiled.Diagnostics.Items) || (calendar = compiled.Load()) == null) return ExitCodes.InputErrors;
        }
        byte[]? bytes = RuleInput.ReadFile(tracePath, output);
        if (bytes == null) return ExitCodes.InputErrors;
        var diagnostics = new DiagnosticBag();
        Trace? trace = TraceReader.Read(tracePath, Encoding.UTF8.GetString(bytes), diagnostics);
        if (!output.Report(diagnostics.Items) || trace == null) return ExitCodes.InputErrors;
        foreach (ExecutedAction a in TraceRunner.Run(image, trace, calendar))
        {
            output.Out.WriteLine(jsonl ? RuleTest.ToJsonLine(a) : $"tick {a.Tick,6}  {a.Automation}: {Disassembler.Describe(a.Action)}");
        }
        return ExitCodes.Success;
    }
}
