using System.CommandLine;
using SmartGateway.Compiler.Emit;
using SmartGateway.Compiler.Traces;

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
        RuleInput.TraceJob? job = RuleInput.LoadTraceJob(file, tracePath, tariffs, output);
        if (job == null) return ExitCodes.InputErrors;
        foreach (ExecutedAction a in TraceRunner.Run(job.Image, job.Trace, job.Calendar))
        {
            output.Out.WriteLine(jsonl ? RuleTest.ToJsonLine(a) : $"tick {a.Tick,6}  {a.Automation}: {Disassembler.Describe(a.Action)}");
        }
        return ExitCodes.Success;
    }
}
