using System.CommandLine;
using SmartGateway.Compiler;

namespace SmartGateway.Cli.Commands;

/// <summary><c>sgc check RULES…</c>: parse and check rule files, print diagnostics, compile nothing to disk.</summary>
internal static class CheckCommand
{
    public static Command Create(Output output)
    {
        var files = FileArguments.Create("rules", "rule files (.sgr text or .json)");
        var command = new Command("check", "Check rule files and report errors and warnings") { files };
        command.SetAction(parse => Run(parse.GetValue(files)!, output));
        return command;
    }

    private static int Run(string[] files, Output output)
    {
        bool ok = true;
        foreach (string file in files)
        {
            byte[]? source = RuleInput.ReadFile(file, output);
            if (source == null)
            {
                ok = false;
                continue;
            }
            CompilationResult result = Compilation.Compile(file, source);
            ok &= output.Report(result.Diagnostics) && result.Success;
            if (result.Success) output.Out.WriteLine($"{file}: {result.Rules.Automations.Count} automations, ok");
        }
        return ok ? ExitCodes.Success : ExitCodes.InputErrors;
    }
}
