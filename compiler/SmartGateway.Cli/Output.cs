using SmartGateway.Compiler.Diagnostics;

namespace SmartGateway.Cli;

/// <summary>
/// Where sgc writes: results to standard output, diagnostics to standard error, in colour only when
/// the stream is a terminal and NO_COLOR is unset, so pipes and CI logs get plain text.
/// </summary>
internal sealed class Output(TextWriter stdout, TextWriter stderr, bool colour)
{
    public static Output Console() => new(System.Console.Out, System.Console.Error,
        !System.Console.IsErrorRedirected && Environment.GetEnvironmentVariable("NO_COLOR") == null &&
        Environment.GetEnvironmentVariable("TERM") != "dumb");

    public TextWriter Out { get; } = stdout;

    public TextWriter Error { get; } = stderr;

    /// <summary>Prints every diagnostic; returns true when none is an error.</summary>
    public bool Report(IEnumerable<Diagnostic> diagnostics)
    {
        bool ok = true;
        foreach (Diagnostic d in diagnostics)
        {
            ok &= !d.IsError;
            if (!colour)
            {
                Error.WriteLine(d.ToString());
                continue;
            }
            string tag = d.IsError ? "\u001b[1;31merror\u001b[0m" : "\u001b[1;33mwarning\u001b[0m";
            Error.WriteLine($"\u001b[1m{d.Span}\u001b[0m: {tag} {d.Code}: {d.Message}");
        }
        return ok;
    }

    public void Pass(string text) => Out.WriteLine(colour ? $"\u001b[32mPASS\u001b[0m {text}" : $"PASS {text}");

    public void Fail(string text) => Out.WriteLine(colour ? $"\u001b[31mFAIL\u001b[0m {text}" : $"FAIL {text}");
}
