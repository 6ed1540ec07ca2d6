using System.CommandLine;
using System.Globalization;
using SmartGateway.Compiler;
using SmartGateway.Compiler.Binding;
using SmartGateway.Compiler.Devices;
using SmartGateway.Compiler.Diagnostics;

namespace SmartGateway.Cli;

/// <summary>
/// <c>--devices BUSES.json</c> for check and compile: loads the bus setup once, checks action targets against its
/// device line-up (SG1022 a Bicom action where no Bicom is, SG1104 a Modbus write no device answers) and, per rule
/// set, reports SG4101 (a bus too slow for fresh inputs every tick) and the planner's prediction for each bus the
/// rules read.
/// </summary>
internal static class DeviceCheck
{
    public static Option<string?> CreateOption() =>
        new("--devices")
        {
            Description = "bus setup (rules/devices/buses.example.json): check action targets against its devices and warn when a bus cannot deliver the rules' inputs every tick",
        };

    /// <summary>The compile options of a bus setup: its device line-up, or none without --devices.</summary>
    public static CompileOptions Options(IReadOnlyList<BusSetup>? buses) =>
        buses == null ? CompileOptions.Default : new CompileOptions(BusLineUp.Of(buses));

    /// <summary>The buses of the file, or null after reporting why not.</summary>
    public static IReadOnlyList<BusSetup>? Load(string path, Output output)
    {
        var bag = new DiagnosticBag();
        IReadOnlyList<BusSetup>? buses = DeviceFiles.ReadBusSetup(path, bag);
        output.Report(bag.Items);
        return bag.HasErrors ? null : buses;
    }

    /// <summary>Reports the bus verdicts for a rule set; warnings only, so this never fails a file.</summary>
    public static void Report(string file, BoundRuleSet rules, IReadOnlyList<BusSetup> buses, Output output)
    {
        var bag = new DiagnosticBag();
        IReadOnlyList<BusReport> reports = RuleBusCheck.Check(rules, buses, bag);
        output.Report(bag.Items);
        foreach (BusReport r in reports)
        {
            string ms = (r.Plan.PredictedCycleMicros / 1000.0).ToString("F1", CultureInfo.InvariantCulture);
            output.Out.WriteLine($"{file}: bus {r.Bus}: {r.Plan.Blocks.Length} reads, predicted cycle {ms} ms");
        }
    }
}
