using System.Security.Cryptography;
using SmartGateway.Compiler;
using SmartGateway.Compiler.Binding;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Emit;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Execution;
using SmartGateway.Runtime.Inputs;
using SmartGateway.Runtime.Verify;

namespace SmartGateway.Host.Rules;

/// <summary>
/// One verified rule set ready to run: its image, its own interpreter (state belongs to the image),
/// the bound rules and source map for the live preview, and each input resolved once to where its
/// value comes from (the runtime's <see cref="InputBinding"/>), so a tick compares no strings.
/// </summary>
internal sealed class LoadedRules
{
    private LoadedRules(Image image, BoundRuleSet rules, SourceMap map, string source, string format, IInputResolver devices)
    {
        Image = image;
        Rules = rules;
        Map = map;
        Source = source;
        Format = format;
        Hash = Convert.ToHexStringLower(SHA256.HashData(image.Bytes));
        Interpreter = new Interpreter(image);
        Interpreter.EnableProbe();
        Snapshot = Interpreter.NewSnapshot();
        Binding = new InputBinding(image, devices);
    }

    public Image Image { get; }
    public BoundRuleSet Rules { get; }
    public SourceMap Map { get; }
    public string Source { get; }
    public string Format { get; }
    public string Hash { get; }
    public Interpreter Interpreter { get; }

    /// <summary>The snapshot of the last tick, which the live preview shows.</summary>
    public Snapshot Snapshot { get; }

    /// <summary>
    /// Each input resolved to its source once, when the rules are loaded rather than at the swap itself, so the
    /// tick that swaps them in allocates nothing either.
    /// </summary>
    public InputBinding Binding { get; }

    /// <summary>
    /// Null when the compiler reported errors or the verifier refused the image. diagnostics are the compiler's,
    /// and on a refusal also the verifier's reason and byte offset (SG9001, at the start of the source at path).
    /// </summary>
    public static LoadedRules? From(CompilationResult result, string path, string source, string format, IInputResolver devices,
        out IReadOnlyList<Diagnostic> diagnostics)
    {
        diagnostics = result.Diagnostics;
        if (result.Image == null || result.Map == null) return null;
        VerifyResult verdict = Verifier.Load(result.Image, out Image? image);
        if (verdict.IsValid && image != null) return new LoadedRules(image, result.Rules, result.Map, source, format, devices);
        diagnostics = [.. result.Diagnostics, DiagnosticCodes.InvalidImage.At(new SourceSpan(path, 1, 1), verdict.ToString())];
        return null;
    }
}
