using System.Text;
using System.Text.Json;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Formatting;
using SmartGateway.Compiler.Syntax.Json;
using SmartGateway.Compiler.Tariffs;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Time;
using SmartGateway.Runtime.Verify;

namespace SmartGateway.Compiler.Traces;

/// <summary>
/// A rule test (<c>*.test.json</c>): a rule set, a trace, optionally a tariff calendar ("tariffs"), and the
/// actions expected, so users can unit-test automations in CI. Paths are relative to the test file;
/// <c>expect</c> is a list of
/// <c>{"tick", "automation", "action"}</c> objects or the name of a JSONL file of them.
/// <code>
/// { "rules": "hvac.sgr", "trace": "hvac.trace.csv", "expect": [ {"tick": 3, "automation": "HVAC eco mode",
///   "action": {"bicom": {"target": "ir.right", "function": "off"}}} ] }
/// </code>
/// </summary>
public static class RuleTest
{
    public const string Suffix = ".test.json";

    /// <summary>Runs one test; the diagnostics say why it failed (none when it passed).</summary>
    public static IReadOnlyList<Diagnostic> Run(string testPath)
    {
        var diagnostics = new DiagnosticBag();
        JNode? root = JsonDom.Parse(testPath, ReadAll(testPath, diagnostics, new SourceSpan(testPath, 1, 1)) ?? [], diagnostics);
        if (root is not JObject obj)
        {
            if (root != null) diagnostics.Add(DiagnosticCodes.TestSyntax, root.Span, "a rule test is an object with \"rules\", \"trace\" and \"expect\"");
            return diagnostics.Items;
        }
        var r = new JsonObjectReader(obj, "", diagnostics, "rules", "trace", "tariffs", "expect", "description");
        JString? rules = r.String("rules", required: true);
        JString? tracePath = r.String("trace", required: true);
        JString? tariffs = r.String("tariffs", required: false);
        if (!r.Has("expect")) r.Array("expect", required: true);
        if (rules == null || tracePath == null || diagnostics.HasErrors) return diagnostics.Items;

        string dir = Path.GetDirectoryName(Path.GetFullPath(testPath)) ?? ".";
        string rulesFile = Path.Combine(dir, rules.Value);
        byte[]? source = ReadAll(rulesFile, diagnostics, rules.Span);
        if (source == null) return diagnostics.Items;
        CompilationResult compiled = Compilation.Compile(Relative(rulesFile), source);
        diagnostics.AddRange(compiled.Diagnostics.Where(d => d.IsError));
        if (compiled.Image == null) return diagnostics.Items;
        VerifyResult verdict = Verifier.Load(compiled.Image, out Image? image);
        if (image == null)
        {
            diagnostics.Add(DiagnosticCodes.InvalidImage, rules.Span, verdict.ToString());
            return diagnostics.Items;
        }
        TariffCalendar? calendar = null;
        if (tariffs != null)
        {
            TariffCompilation calendarCompilation = TariffCompiler.CompileFile(Relative(Path.Combine(dir, tariffs.Value)));
            diagnostics.AddRange(calendarCompilation.Diagnostics.Items.Where(d => d.IsError));
            calendar = calendarCompilation.Load();
            if (calendar == null) return diagnostics.Items;
        }
        string traceFile = Path.Combine(dir, tracePath.Value);
        byte[]? traceBytes = ReadAll(traceFile, diagnostics, tracePath.Span);
        if (traceBytes == null) return diagnostics.Items;
        Trace? trace = TraceReader.Read(Relative(traceFile), Encoding.UTF8.GetString(traceBytes), diagnostics);
        if (trace == null) return diagnostics.Items;

        List<JNode>? expected = Expected(obj["expect"]!, dir, diagnostics);
        if (expected == null) return diagnostics.Items;
        List<string> actual = TraceRunner.Run(image, trace, calendar).Select(ToJsonLine).ToList();
        Compare(expected, actual, diagnostics);
        return diagnostics.Items;
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

    private static List<JNode>? Expected(JNode expect, string dir, DiagnosticBag diagnostics)
    {
        if (expect is JArray list) return list.Items.ToList();
        if (expect is not JString file)
        {
            diagnostics.Add(DiagnosticCodes.JsonWrongType, expect.Span, "expect", "a list of actions or the name of a JSONL file");
            return null;
        }
        string path = Path.Combine(dir, file.Value);
        byte[]? bytes = ReadAll(path, diagnostics, file.Span);
        if (bytes == null) return null;
        var items = new List<JNode>();
        string[] lines = Encoding.UTF8.GetString(bytes).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            var lineDiagnostics = new DiagnosticBag();
            JNode? node = JsonDom.Parse(Relative(path), Encoding.UTF8.GetBytes(lines[i]), lineDiagnostics);
            if (node == null)
            {
                diagnostics.Add(DiagnosticCodes.TestSyntax, new SourceSpan(Relative(path), i + 1, 1), "not a JSON object: " + lines[i].Trim());
                return null;
            }
            items.Add(node with { Span = new SourceSpan(Relative(path), i + 1, 1) });
        }
        return items;
    }

    private static void Compare(List<JNode> expected, List<string> actual, DiagnosticBag diagnostics)
    {
        int n = Math.Min(expected.Count, actual.Count);
        for (int i = 0; i < n; i++)
        {
            using JsonDocument doc = JsonDocument.Parse(actual[i]);
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

    private static byte[]? ReadAll(string path, DiagnosticBag diagnostics, SourceSpan from)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            diagnostics.Add(DiagnosticCodes.CannotRead, from, $"{Relative(path)}: {e.Message}");
            return null;
        }
    }

    private static string Relative(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
}
