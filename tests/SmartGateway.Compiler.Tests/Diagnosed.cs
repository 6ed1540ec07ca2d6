using SmartGateway.Compiler.Diagnostics;

namespace SmartGateway.Compiler.Tests;

/// <summary>Compiles a snippet and asserts on its diagnostics: code, line and column.</summary>
internal static class Diagnosed
{
    public static CompilationResult Ok(string source, string path = "rules.sgr")
    {
        CompilationResult r = Compilation.Compile(path, source);
        Assert.True(r.Success, string.Join("\n", r.Diagnostics));
        return r;
    }

    public static Diagnostic Error(string source, string code, int line, int column, string path = "rules.sgr")
    {
        CompilationResult r = Compilation.Compile(path, source);
        Assert.False(r.Success);
        Diagnostic? d = r.Diagnostics.FirstOrDefault(x => x.IsError);
        Assert.NotNull(d);
        Assert.Equal((code, line, column), (d.Code, d.Span.Line, d.Span.Column));
        Assert.StartsWith($"{path}({line},{column}): error {code}: ", d.ToString());
        return d;
    }

    public static Diagnostic Warning(string source, string code)
    {
        CompilationResult r = Ok(source);
        Diagnostic? d = r.Diagnostics.FirstOrDefault(x => x.Code == code);
        Assert.NotNull(d);
        Assert.False(d.IsError);
        return d;
    }

    public static string Automation(string when, string then = "bicom ir.right on", string mode = "on change") =>
        $"automation \"a\" {mode} {{\n  when {when}\n  then {then}\n}}\n";
}
