using System.CommandLine;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Traces;

namespace SmartGateway.Cli.Commands;

/// <summary>
/// <c>sgc test PATH…</c>: runs rule tests (<c>*.test.json</c>, searched in directories) and ends with
/// "N passed, N failed"; exits 1 when any failed.
/// </summary>
internal static class TestCommand
{
    public static Command Create(Output output)
    {
        Argument<string[]> paths = FileArguments.Create("paths", "rule test files or directories to search");
        var command = new Command("test", "Run rule tests: rules + trace + expected actions") { paths };
        command.SetAction(parse => Run(parse.GetValue(paths)!, output));
        return command;
    }

    private static int Run(string[] paths, Output output)
    {
        var tests = new List<string>();
        foreach (string p in paths)
        {
            if (Directory.Exists(p))
            {
                tests.AddRange(Directory.EnumerateFiles(p, "*" + RuleTest.Suffix, SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(p))
            {
                tests.Add(p);
            }
            else
            {
                output.Report([DiagnosticCodes.CannotRead.At(new SourceSpan(p, 1, 1), "no such file or directory")]);
                return ExitCodes.InputErrors;
            }
        }
        int passed = 0, failed = 0;
        foreach (string test in tests)
        {
            IReadOnlyList<Diagnostic> problems = RuleTest.Run(test);
            if (problems.Any(d => d.IsError))
            {
                failed++;
                output.Fail(test);
                output.Report(problems);
            }
            else
            {
                passed++;
                output.Pass(test);
            }
        }
        output.Out.WriteLine($"{passed} passed, {failed} failed");
        return failed == 0 && tests.Count > 0 ? ExitCodes.Success : ExitCodes.InputErrors;
    }
}
