using System.Text;
using SmartGateway.Compiler.Binding;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Emit;
using SmartGateway.Compiler.Lowering;
using SmartGateway.Compiler.Syntax;
using SmartGateway.Compiler.Syntax.Json;
using SmartGateway.Compiler.Syntax.Nodes;
using SmartGateway.Compiler.Syntax.Text;

namespace SmartGateway.Compiler;

/// <summary>What one compilation produced: the checked rule set, its image (null on errors) and diagnostics.</summary>
public sealed record CompilationResult(BoundRuleSet Rules, byte[]? Image, IReadOnlyList<Diagnostic> Diagnostics, SourceMap? Map = null)
{
    public bool Success => Image != null;
}

/// <summary>
/// The one entry of the compiler: rule source → syntax → bound tree → lowered code → image.
/// Deterministic: the same source always gives the same image bytes. Never throws on bad input.
/// </summary>
public static class Compilation
{
    /// <summary>JSON when the file name ends in .json or the text starts with '{'; the text DSL otherwise.</summary>
    public static bool LooksLikeJson(string path, byte[] source)
    {
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return true;
        if (path.EndsWith(".sgr", StringComparison.OrdinalIgnoreCase)) return false;
        foreach (byte b in source)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF) continue;
            return b == (byte)'{';
        }
        return false;
    }

    public static RuleSetSyntax Parse(string path, byte[] source, DiagnosticBag diagnostics)
    {
        if (!SourceLimits.SizeIsBounded(path, source, diagnostics)) return new RuleSetSyntax(path, []);
        if (LooksLikeJson(path, source)) return JsonFrontEnd.Parse(path, source, diagnostics);
        string text = new UTF8Encoding(false, false).GetString(source);
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return Grammar.ParseRuleSet(path, text, diagnostics);
    }

    /// <summary>Parses and binds, without emitting: what `sgc check` and `sgc fmt` need.</summary>
    /// <remarks>The gateway's compile budget cancels through <paramref name="cancellationToken"/>, checked between
    /// the phases (<see cref="OperationCanceledException"/>).</remarks>
    public static BoundRuleSet Bind(string path, byte[] source, DiagnosticBag diagnostics, CancellationToken cancellationToken = default) =>
        Bind(path, source, diagnostics, CompileOptions.Default, cancellationToken);

    /// <summary>Parses and binds with the device line-up or the reload leniency of <paramref name="options"/>.</summary>
    public static BoundRuleSet Bind(string path, byte[] source, DiagnosticBag diagnostics, CompileOptions options, CancellationToken cancellationToken = default)
    {
        RuleSetSyntax syntax = Parse(path, source, diagnostics);
        cancellationToken.ThrowIfCancellationRequested();
        if (diagnostics.HasErrors) return new BoundRuleSet([]);
        return Binder.Bind(syntax, diagnostics, options, isJson: LooksLikeJson(path, source)) with { Comments = syntax.Comments };
    }

    public static CompilationResult Compile(string path, byte[] source, CancellationToken cancellationToken = default) =>
        Compile(path, source, CompileOptions.Default, cancellationToken);

    public static CompilationResult Compile(string path, byte[] source, CompileOptions options, CancellationToken cancellationToken = default)
    {
        var diagnostics = new DiagnosticBag();
        BoundRuleSet rules = Bind(path, source, diagnostics, options, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var map = new SourceMap();
        byte[]? image = null;
        if (!diagnostics.HasErrors)
        {
            IrProgram lowered = Lowerer.Lower(rules);
            cancellationToken.ThrowIfCancellationRequested();
            image = Emitter.Emit(lowered, diagnostics, map);
        }
        return diagnostics.HasErrors ? new CompilationResult(rules, null, diagnostics.Items) : new CompilationResult(rules, image, diagnostics.Items, map);
    }

    public static CompilationResult Compile(string path, string source) => Compile(path, Encoding.UTF8.GetBytes(source));
}
