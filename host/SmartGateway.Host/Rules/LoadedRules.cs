using System.Security.Cryptography;
using SmartGateway.Compiler;
using SmartGateway.Compiler.Binding;
using SmartGateway.Compiler.Emit;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Execution;
using SmartGateway.Runtime.Time;
using SmartGateway.Runtime.Verify;

namespace SmartGateway.Host.Rules;

/// <summary>
/// One verified rule set ready to run: its image, its own interpreter (state belongs to the image),
/// the bound rules and source map for the live preview, and each input resolved once to where its
/// value comes from, so a tick compares no strings.
/// </summary>
internal sealed class LoadedRules
{
    private LoadedRules(Image image, BoundRuleSet rules, SourceMap map, string source, string format)
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
        TimeKinds = image.Inputs.Select(TimeInputs.KindOf).ToArray();
        TariffInput = Array.IndexOf(image.Inputs, "tariff");
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

    /// <summary>Per input: its <see cref="TimeInputs"/> kind, or <see cref="TimeInputs.None"/>.</summary>
    public int[] TimeKinds { get; }

    /// <summary>Index of the "tariff" input, or -1.</summary>
    public int TariffInput { get; }

    /// <summary>Null when the compiler reported errors or the verifier refused the image.</summary>
    public static LoadedRules? From(CompilationResult result, string source, string format)
    {
        if (result.Image == null || result.Map == null) return null;
        return Verifier.Load(result.Image, out Image? image).IsValid && image != null
            ? new LoadedRules(image, result.Rules, result.Map, source, format)
            : null;
    }
}
