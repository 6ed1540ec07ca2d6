using System.Text;
using System.Text.Json;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Formatting;
using SmartGateway.Compiler.Syntax.Json;
using SmartGateway.Compiler.Tariffs;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Conformance;
using SmartGateway.Runtime.Time;
using SmartGateway.Runtime.Verify;

namespace SmartGateway.Compiler.Traces;

/// <summary>
/// Runs a rule test (<c>*.test.json</c>, read by <see cref="RuleTestReader"/>) the way <c>sgc test</c> does: the rule
/// set compiled and verified, the trace run with the calendar, the actions compared with the expected ones.
/// </summary>
public static class RuleTest
{
    public const string Suffix = RuleTestReader.Suffix;

    /// <summary>Runs one test; the diagnostics say why it failed (none when it passed).</summary>
    public static IReadOnlyList<Diagnostic> Run(string testPath)
    {
        var diagnostics = new DiagnosticBag();
        RuleTestCase? test = RuleTestReader.Read(Path.GetFullPath(testPath), DiskRuleTestFiles.Instance, diagnostics);
        if (test == null || !Compile(test, diagnostics, out Image? image, out _, out _, out TariffCalendar? calendar)) return diagnostics.Items;
        var actual = TraceRunner.Run(image!, test.Trace, calendar).Select(ToJsonLine).ToList();
        Compare(test.Expected, actual, diagnostics);
        return diagnostics.Items;
    }

    /// <summary>A rule test on the disk as the golden trace the device self-test runs, its images compiled here.</summary>
    public static GoldenTrace? GoldenTrace(string testPath, DiagnosticBag diagnostics)
    {
        RuleTestCase? test = RuleTestReader.Read(Path.GetFullPath(testPath), DiskRuleTestFiles.Instance, diagnostics);
        if (test == null || !Compile(test, diagnostics, out _, out byte[] rules, out byte[] tariffs, out _)) return null;
        GoldenTrace? trace = GoldenTraceBuilder.From(test, diagnostics);
        if (trace == null) return null;
        trace.Image = rules;
        trace.Tariffs = tariffs;
        return trace;
    }

    /// <summary>The test's rule set compiled (image bytes) and verified (loaded image), and its calendar compiled and loaded (if it names one).</summary>
    private static bool Compile(RuleTestCase test, DiagnosticBag diagnostics, out Image? image, out byte[] rules, out byte[] tariffs, out TariffCalendar? calendar)
    {
        image = null;
        rules = [];
        tariffs = [];
        calendar = null;
        CompilationResult compiled = Compilation.Compile(DiskRuleTestFiles.Instance.Display(test.RulesPath), test.RulesSource);
        diagnostics.AddRange(compiled.Diagnostics.Where(d => d.IsError));
        if (compiled.Image == null) return false;
        rules = compiled.Image;
        VerifyResult verdict = Verifier.Load(compiled.Image, out image);
        if (image == null)
        {
            diagnostics.Add(DiagnosticCodes.InvalidImage, test.RulesSpan, verdict.ToString());
            return false;
        }
        if (test.TariffsPath == null) return true;
        TariffCompilation calendarCompilation = TariffCompiler.CompileBytes(DiskRuleTestFiles.Instance.Display(test.TariffsPath), test.TariffsSource!);
        diagnostics.AddRange(calendarCompilation.Diagnostics.Items.Where(d => d.IsError));
        calendar = calendarCompilation.Load();
        tariffs = calendarCompilation.Image ?? [];
        return calendar != null;
    }

    /// <summary>One line of <c>sgc run --jsonl</c> output.</summary>
    public static string ToJsonLine(ExecutedAction a)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JsonFormatter.Indented.Encoder }))
        {
            w.WriteStartObject();
            w.WriteNumber("tick", a.Tick);
            w.WriteString("automation", a.Automation);
            w.WritePropertyName("action");
            ActionJson.Write(w, a.Action);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Compare(IReadOnlyList<JNode> expected, List<string> actual, DiagnosticBag diagnostics)
    {
        int n = Math.Min(expected.Count, actual.Count);
        for (int i = 0; i < n; i++)
        {
            using var doc = JsonDocument.Parse(actual[i]);
            if (!JsonEquality.Same(expected[i], doc.RootElement))
            {
                diagnostics.Add(DiagnosticCodes.TestMismatch, expected[i].Span, $"action {i + 1}: expected {JsonEquality.Text(expected[i])}, got {actual[i]}");
                return;
            }
        }
        if (expected.Count > actual.Count)
        {
            diagnostics.Add(DiagnosticCodes.TestMismatch, expected[n].Span, $"expected {expected.Count} actions, the rules ran {actual.Count}; missing {JsonEquality.Text(expected[n])}");
        }
        else if (actual.Count > expected.Count)
        {
            SourceSpan at = expected.Count > 0 ? expected[^1].Span : new SourceSpan("", 1, 1);
            diagnostics.Add(DiagnosticCodes.TestMismatch, at, $"expected {expected.Count} actions, the rules ran {actual.Count}; first extra: {actual[n]}");
        }
    }
}
