using System.CommandLine;
using SmartGateway.Compiler;
using SmartGateway.Compiler.Devices;

namespace SmartGateway.Cli.Commands;

/// <summary>
/// <c>sgc compile RULES -o IMAGE.sgb [--devices BUSES.json]</c>: the verified bytecode image a gateway loads;
/// with a bus setup, also the bus-load warnings of <c>sgc check</c>.
/// </summary>
internal static class CompileCommand
{
    public static Command Create(Output output)
    {
        var file = new Argument<string>("rules") { Description = "rule file (.sgr text or .json)" };
        var target = new Option<string?>("--output", "-o") { Description = "image file to write (default: RULES with .sgb)" };
        Option<string?> devices = DeviceCheck.CreateOption();
        var command = new Command("compile", "Compile rules to a bytecode image") { file, target, devices };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(target), parse.GetValue(devices), output));
        return command;
    }

    private static int Run(string file, string? target, string? devicesPath, Output output)
    {
        IReadOnlyList<BusSetup>? buses = null;
        if (devicesPath != null && (buses = DeviceCheck.Load(devicesPath, output)) == null) return ExitCodes.InputErrors;
        byte[]? source = RuleInput.ReadFile(file, output);
        if (source == null) return ExitCodes.InputErrors;
        CompilationResult result = Compilation.Compile(file, source, DeviceCheck.Options(buses));
        if (!output.Report(result.Diagnostics) || result.Image == null) return ExitCodes.InputErrors;
        if (buses != null) DeviceCheck.Report(file, result.Rules, buses, output);
        target ??= Path.ChangeExtension(file == "-" ? "rules" : file, ".sgb");
        try
        {
            // Write beside the target and rename, so a failed write never leaves a half image behind.
            string temp = target + ".tmp";
            File.WriteAllBytes(temp, result.Image);
            File.Move(temp, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            output.Error.WriteLine($"{target}(1,1): error SG9002: cannot write: {e.Message}");
            return ExitCodes.InputErrors;
        }
        output.Out.WriteLine($"{target}: {result.Image.Length} bytes, {result.Rules.Automations.Count} automations");
        return ExitCodes.Success;
    }
}
