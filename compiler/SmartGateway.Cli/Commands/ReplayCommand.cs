using System.CommandLine;
using SmartGateway.Compiler.Traces;

namespace SmartGateway.Cli.Commands;

/// <summary>
/// <c>sgc replay RULES --trace HISTORY.csv [--tariffs CAL] [--json]</c>: "what would last week have looked
/// like" — runs the rules over stored history (a docs/FORMATS.md trace) and reports per target what it would
/// have done: Bicoms' switches and time on/off, Modbus writes per register, MQTT messages per subtopic.
/// </summary>
internal static class ReplayCommand
{
    public static Command Create(Output output)
    {
        var file = new Argument<string>("rules") { Description = "rule file (.sgr, .json) or compiled image (.sgb)" };
        var trace = new Option<string>("--trace") { Description = "history as a trace CSV, one row per tick (one second)", Required = true };
        var tariffs = new Option<string?>("--tariffs") { Description = "tariff calendar that decides the 'tariff' input when the trace has no tariff column" };
        var json = new Option<bool>("--json") { Description = "print the report as one JSON object" };
        var command = new Command("replay", "Report what rules would have done over stored history") { file, trace, tariffs, json };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(trace)!, parse.GetValue(tariffs), parse.GetValue(json), output));
        return command;
    }

    private static int Run(string file, string tracePath, string? tariffs, bool json, Output output)
    {
        RuleInput.TraceJob? job = RuleInput.LoadTraceJob(file, tracePath, tariffs, output);
        if (job == null) return ExitCodes.InputErrors;
        var report = ReplayReport.Run(job.Image, job.Trace, job.Calendar);
        output.Out.Write(json ? ReplayFormatter.Json(report) + "\n" : ReplayFormatter.Table(report));
        return ExitCodes.Success;
    }
}
