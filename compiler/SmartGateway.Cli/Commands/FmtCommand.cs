using System.CommandLine;
using SmartGateway.Compiler;
using SmartGateway.Compiler.Binding;
using SmartGateway.Compiler.Devices;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Formatting;
using SmartGateway.Compiler.Tariffs;

namespace SmartGateway.Cli.Commands;

/// <summary>
/// <c>sgc fmt FILE [--json] [--write]</c>: a rule set, a device map (<c>.sgd</c>, <c>devices/*.json</c>) or a
/// tariff calendar (<c>.sgt</c>, <c>tariffs/*.json</c>) in its canonical text DSL, or canonical JSON, comments kept.
/// </summary>
internal static class FmtCommand
{
    public static Command Create(Output output)
    {
        var file = new Argument<string>("file") { Description = "rule file (.sgr text or .json), device map (.sgd, devices/*.json) or tariff calendar (.sgt, tariffs/*.json)" };
        var json = new Option<bool>("--json") { Description = "print canonical JSON instead of the text DSL" };
        var write = new Option<bool>("--write", "-w") { Description = "rewrite the file in place instead of printing" };
        var command = new Command("fmt", "Print a rule set, device map or tariff calendar in canonical form") { file, json, write };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(json), parse.GetValue(write), output));
        return command;
    }

    private static string FormatRules(string file, byte[] source, bool json, DiagnosticBag diagnostics)
    {
        BoundRuleSet rules = Compilation.Bind(file, source, diagnostics);
        return json ? JsonFormatter.Format(rules) : DslFormatter.Format(rules);
    }

    /// <summary>Only a map that checks clean is printed, so fmt never turns a broken map into a valid-looking one.</summary>
    private static string? FormatDeviceMap(string file, byte[] source, bool json, DiagnosticBag diagnostics)
    {
        string text = System.Text.Encoding.UTF8.GetString(source);
        DeviceMapModel? model = DeviceMapFiles.ReadModel(file, text, diagnostics);
        if (model == null || DeviceMapChecker.Check(model, diagnostics, 0) == null) return null;
        return json ? DeviceMapFormatter.ToJson(model) : DeviceMapFormatter.ToDsl(model);
    }

    /// <summary>Only a calendar that compiles is printed, like a device map.</summary>
    private static string? FormatTariffs(string file, byte[] source, bool json, DiagnosticBag diagnostics)
    {
        TariffCompilation compiled = TariffCompiler.Compile(file, System.Text.Encoding.UTF8.GetString(source));
        diagnostics.AddRange(compiled.Diagnostics.Items);
        if (!compiled.Success || compiled.Model == null) return null;
        return json ? TariffFormatter.ToJson(compiled.Model) : TariffFormatter.ToDsl(compiled.Model);
    }

    private static int Run(string file, bool json, bool write, Output output)
    {
        byte[]? source = RuleInput.ReadFile(file, output);
        if (source == null) return ExitCodes.InputErrors;
        var diagnostics = new DiagnosticBag();
        string? text = DeviceFiles.IsDeviceMap(file) ? FormatDeviceMap(file, source, json, diagnostics)
            : file != "-" && TariffCompiler.IsCalendarFile(Path.GetFullPath(file)) ? FormatTariffs(file, source, json, diagnostics)
            : FormatRules(file, source, json, diagnostics);
        if (!output.Report(diagnostics.Items) || text == null) return ExitCodes.InputErrors;
        if (!write || file == "-")
        {
            output.Out.Write(text);
            return ExitCodes.Success;
        }
        try
        {
            File.WriteAllText(file + ".tmp", text);
            File.Move(file + ".tmp", file, overwrite: true);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            output.Error.WriteLine($"{file}(1,1): error SG9002: cannot write: {e.Message}");
            return ExitCodes.InputErrors;
        }
    }
}
