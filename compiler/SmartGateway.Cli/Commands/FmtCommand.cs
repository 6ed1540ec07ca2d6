using System.CommandLine;
using SmartGateway.Compiler;
using SmartGateway.Compiler.Binding;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Formatting;

namespace SmartGateway.Cli.Commands;

/// <summary><c>sgc fmt RULES [--json] [--write]</c>: the canonical text DSL, or canonical JSON.</summary>
internal static class FmtCommand
{
    public static Command Create(Output output)
    {
        var file = new Argument<string>("rules") { Description = "rule file (.sgr text or .json)" };
        var json = new Option<bool>("--json") { Description = "print canonical JSON instead of the text DSL" };
        var write = new Option<bool>("--write", "-w") { Description = "rewrite the file in place instead of printing" };
        var command = new Command("fmt", "Print a rule set in canonical form") { file, json, write };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(json), parse.GetValue(write), output));
        return command;
    }

    private static int Run(string file, bool json, bool write, Output output)
    {
        byte[]? source = RuleInput.ReadFile(file, output);
        if (source == null) return ExitCodes.InputErrors;
        var diagnostics = new DiagnosticBag();
        BoundRuleSet rules = Compilation.Bind(file, source, diagnostics);
        if (!output.Report(diagnostics.Items)) return ExitCodes.InputErrors;
        string text = json ? JsonFormatter.Format(rules) : DslFormatter.Format(rules);
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
