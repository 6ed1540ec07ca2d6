using System.Text;
using SmartGateway.Compiler;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Native;
using SmartGateway.Compiler.Tariffs;
using SmartGateway.Generator.Model;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Verify;
using SgDiagnostic = SmartGateway.Compiler.Diagnostics.Diagnostic;

namespace SmartGateway.Generator;

/// <summary>
/// One file → its <see cref="RuleImageSpec"/>, through the same compiler entries sgc uses
/// (<c>Compilation.Compile</c>, <see cref="TariffCompiler.CompileBytes"/>), so the
/// embedded bytes are the ones `sgc compile` writes. A rule image is verified before it is embedded.
/// </summary>
internal static class RuleFileCompiler
{
    /// <summary>The namespace of every generated class.</summary>
    public const string Namespace = "SmartGateway.Generated";

    public static RuleImageSpec Compile(RuleFileInput input, bool native)
    {
        string fileName = FileName(input.Path);
        byte[] bytes = new UTF8Encoding(false).GetBytes(input.Text);
        var lines = new LineMap(input.Text);
        return input.Kind == RuleFileKind.Tariff
            ? CompileTariff(input, fileName, bytes, lines)
            : CompileRules(input, fileName, bytes, lines, native);
    }

    private static RuleImageSpec CompileRules(RuleFileInput input, string fileName, byte[] bytes, LineMap lines, bool native)
    {
        CompilationResult result = Compilation.Compile(input.Path, bytes);
        var diagnostics = new List<DiagnosticInfo>();
        foreach (SgDiagnostic d in result.Diagnostics) diagnostics.Add(Info(d, lines));
        var automations = new List<NamedIndex>();
        var inputs = new List<NamedIndex>();
        byte[] image = result.Image ?? [];
        if (result.Image != null)
        {
            VerifyResult verdict = Verifier.Load(result.Image, out Image? loaded);
            if (loaded == null)
            {
                diagnostics.Add(Info(DiagnosticCodes.InvalidImage.At(SourceSpan.None(input.Path), verdict.ToString()), lines));
                image = [];
            }
            else
            {
                var taken = new HashSet<string>();
                for (int i = 0; i < loaded.Automations.Length; i++) automations.Add(new NamedIndex(loaded.Automations[i].Name, Identifiers.Unique(loaded.Automations[i].Name, taken), i));
                taken.Clear();
                for (int i = 0; i < loaded.Inputs.Length; i++) inputs.Add(new NamedIndex(loaded.Inputs[i], Identifiers.Unique(loaded.Inputs[i], taken), i));
            }
        }
        string className = ClassName(fileName, RuleFileKind.Rules);
        string nativeSource = native && image.Length > 0 ? NativeEmitter.Emit(result.Rules, Namespace, className + "Native") : "";
        return new RuleImageSpec(input.Path, fileName, RuleFileKind.Rules, className, EquatableArray.From(image),
            EquatableArray.From(automations), EquatableArray.From(inputs), nativeSource, EquatableArray.From(diagnostics));
    }

    private static RuleImageSpec CompileTariff(RuleFileInput input, string fileName, byte[] bytes, LineMap lines)
    {
        TariffCompilation result = TariffCompiler.CompileBytes(input.Path, bytes);
        var diagnostics = new List<DiagnosticInfo>();
        foreach (SgDiagnostic d in result.Diagnostics.Items) diagnostics.Add(Info(d, lines));
        return new RuleImageSpec(input.Path, fileName, RuleFileKind.Tariff, ClassName(fileName, RuleFileKind.Tariff),
            EquatableArray.From(result.Image ?? []), EquatableArray<NamedIndex>.Empty, EquatableArray<NamedIndex>.Empty, "",
            EquatableArray.From(diagnostics));
    }

    /// <summary>The generated class for a rule or tariff file: cheap-hours-boiler.sgr → CheapHoursBoilerRules.</summary>
    public static string ClassName(string path, RuleFileKind kind) =>
        Identifiers.Pascal(Stem(FileName(path))) + (kind == RuleFileKind.Tariff ? "Tariff" : "Rules");

    internal static DiagnosticInfo Info(SgDiagnostic d, LineMap lines)
    {
        int line = Math.Max(d.Span.Line - 1, 0);
        int column = Math.Max(d.Span.Column - 1, 0);
        return new DiagnosticInfo(d.Code, d.IsError, d.Message, d.Span.Path, lines.Offset(line, column), line, column);
    }

    internal static string FileName(string path)
    {
        int cut = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return path.Substring(cut + 1);
    }

    /// <summary>The file name without its kind suffix: heater.sgr → heater, hep.tariff.json → hep.</summary>
    private static string Stem(string fileName)
    {
        foreach (string suffix in new[] { ".rules.json", ".tariff.json", ".sgr", ".sgt" })
        {
            if (fileName.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return fileName.Substring(0, fileName.Length - suffix.Length);
        }
        return fileName;
    }
}
