using System.CommandLine;
using System.Text;
using SmartGateway.Compiler;
using SmartGateway.Compiler.Devices;
using SmartGateway.Compiler.Diagnostics;

namespace SmartGateway.Cli.Commands;

/// <summary>
/// <c>sgc check FILES… [--devices BUSES.json]</c>: parse and check rule files, device maps (<c>.sgd</c>, and
/// <c>.json</c> in a <c>devices</c> directory) and bus setups (<c>devices/buses*.json</c>); print
/// diagnostics, write nothing.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(Output output)
    {
        Argument<string[]> files = FileArguments.Create("files", "rule files (.sgr text or .json), device maps (.sgd, devices/*.json) or bus setups (devices/buses*.json)");
        Option<string?> devices = DeviceCheck.CreateOption();
        var command = new Command("check", "Check rule files and device maps and report errors and warnings") { files, devices };
        command.SetAction(parse => Run(parse.GetValue(files)!, parse.GetValue(devices), output));
        return command;
    }

    private static int Run(string[] files, string? devicesPath, Output output)
    {
        IReadOnlyList<BusSetup>? buses = null;
        if (devicesPath != null && (buses = DeviceCheck.Load(devicesPath, output)) == null) return ExitCodes.InputErrors;
        bool ok = true;
        foreach (string file in files)
        {
            byte[]? source = RuleInput.ReadFile(file, output);
            if (source == null)
            {
                ok = false;
                continue;
            }
            if (DeviceFiles.IsDeviceMap(file) || DeviceFiles.IsBusSetup(file))
            {
                ok &= CheckDeviceFile(file, Encoding.UTF8.GetString(source), output);
                continue;
            }
            CompilationResult result = Compilation.Compile(file, source, DeviceCheck.Options(buses));
            ok &= output.Report(result.Diagnostics) && result.Success;
            if (!result.Success) continue;
            output.Out.WriteLine($"{file}: {result.Rules.Automations.Count} automations, ok");
            if (buses != null) DeviceCheck.Report(file, result.Rules, buses, output);
        }
        return ok ? ExitCodes.Success : ExitCodes.InputErrors;
    }

    private static bool CheckDeviceFile(string file, string text, Output output)
    {
        var bag = new DiagnosticBag();
        string what;
        if (DeviceFiles.IsBusSetup(file))
        {
            int count = BusSetupReader.Read(file, text, bag, (map, from) => DeviceFiles.LoadMap(map, from, bag))?.Count ?? 0;
            what = $"bus setup, {count} buses";
        }
        else
        {
            what = $"device map {DeviceMapFiles.Compile(file, text, bag)?.Model}";
        }
        bool ok = output.Report(bag.Items) && !bag.HasErrors;
        if (ok) output.Out.WriteLine($"{file}: {what}, ok");
        return ok;
    }
}
