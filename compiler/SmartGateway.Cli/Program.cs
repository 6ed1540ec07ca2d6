using System.CommandLine;
using System.CommandLine.Parsing;
using SmartGateway.Cli;
using SmartGateway.Cli.Commands;

// sgc: the SmartGateway rule compiler. Runs on a thread with a large stack so that deeply nested
// (but accepted) rule files can never overflow it, and turns any unexpected failure into one line
// and exit code 1 instead of a stack trace.
int exitCode = ExitCodes.InputErrors;
var thread = new Thread(() => exitCode = Sgc.Execute(args, Output.Console()), 256 * 1024 * 1024);
thread.Start();
thread.Join();
return exitCode;

namespace SmartGateway.Cli
{
    internal static class Sgc
    {
        public static int Execute(string[] args, Output output)
        {
            try
            {
                var root = new RootCommand("sgc — compile, check, run and test SmartGateway automation rules")
                {
                    CheckCommand.Create(output),
                    CompileCommand.Create(output),
                    VerifyCommand.Create(output),
                    DisasmCommand.Create(output),
                    FmtCommand.Create(output),
                    RunCommand.Create(output),
                    TestCommand.Create(output),
                    TariffCommand.Create(output),
                    ReplayCommand.Create(output),
                };
                ParseResult parse = root.Parse(args);
                if (parse.Errors.Count > 0)
                {
                    foreach (ParseError error in parse.Errors) output.Error.WriteLine($"sgc: {error.Message}");
                    output.Error.WriteLine("Run 'sgc --help' for usage.");
                    return ExitCodes.Usage;
                }
                return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = output.Out, Error = output.Error });
            }
            catch (Exception e)
            {
                output.Error.WriteLine($"sgc: internal error: {e.Message}");
                return ExitCodes.InputErrors;
            }
        }
    }
}
