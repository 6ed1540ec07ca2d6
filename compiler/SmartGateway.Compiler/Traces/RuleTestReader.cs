using System.Text;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Syntax.Json;

namespace SmartGateway.Compiler.Traces;

/// <summary>
/// The one reader of the rule-test format (<c>*.test.json</c>, docs/FORMATS.md "Rule tests"): a rule set, a trace,
/// optionally a tariff calendar ("tariffs"), and the actions expected — a list of <c>{"tick", "automation",
/// "action"}</c> objects or the name of a JSONL file of them. Paths are relative to the test file.
/// <c>sgc test</c> (<c>RuleTest</c>), the host tests and the firmware's golden traces
/// (<c>GoldenTraces</c>, through the source generator) all read tests here.
/// <code>
/// { "rules": "hvac.sgr", "trace": "hvac.trace.csv", "expect": [ {"tick": 3, "automation": "HVAC eco mode",
///   "action": {"bicom": {"target": "ir.right", "function": "off"}}} ] }
/// </code>
/// </summary>
public static class RuleTestReader
{
    public const string Suffix = ".test.json";

    /// <summary>The test and every file it names, or null with the reasons in <paramref name="diagnostics"/>.</summary>
    public static RuleTestCase? Read(string testPath, IRuleTestFiles files, DiagnosticBag diagnostics)
    {
        string display = files.Display(testPath);
        byte[]? json = Read(files, testPath, diagnostics, new SourceSpan(display, 1, 1));
        if (json == null) return null;
        JNode? root = JsonDom.Parse(display, json, diagnostics);
        if (root is not JObject obj)
        {
            if (root != null) diagnostics.Add(DiagnosticCodes.TestSyntax, root.Span, "a rule test is an object with \"rules\", \"trace\" and \"expect\"");
            return null;
        }
        var r = new JsonObjectReader(obj, "", diagnostics, "rules", "trace", "tariffs", "expect", "description");
        JString? rules = r.String("rules", required: true);
        JString? tracePath = r.String("trace", required: true);
        JString? tariffs = r.String("tariffs", required: false);
        if (!r.Has("expect")) r.Array("expect", required: true);
        if (rules == null || tracePath == null || diagnostics.HasErrors) return null;

        string dir = Path.GetDirectoryName(testPath) ?? "";
        string rulesFile = Beside(dir, rules.Value);
        byte[]? rulesSource = Read(files, rulesFile, diagnostics, rules.Span);
        string? tariffsFile = tariffs == null ? null : Beside(dir, tariffs.Value);
        byte[]? tariffsSource = tariffsFile == null ? null : Read(files, tariffsFile, diagnostics, tariffs!.Span);
        string traceFile = Beside(dir, tracePath.Value);
        byte[]? traceBytes = Read(files, traceFile, diagnostics, tracePath.Span);
        Trace? trace = traceBytes == null ? null : TraceReader.Read(files.Display(traceFile), Encoding.UTF8.GetString(traceBytes), diagnostics);
        List<JNode>? expected = Expected(obj["expect"]!, dir, files, diagnostics);
        if (rulesSource == null || (tariffsFile != null && tariffsSource == null) || trace == null || expected == null) return null;
        return new RuleTestCase(testPath, rulesFile, rulesSource, rules.Span, tariffsFile, tariffsSource, trace, expected);
    }

    /// <summary>A path named in a test, made full and without <c>..</c> segments (the generator matches it to its files).</summary>
    private static string Beside(string dir, string relative) => Path.GetFullPath(Path.Combine(dir, relative));

    private static List<JNode>? Expected(JNode expect, string dir, IRuleTestFiles files, DiagnosticBag diagnostics)
    {
        if (expect is JArray list) return list.Items.ToList();
        if (expect is not JString file)
        {
            diagnostics.Add(DiagnosticCodes.JsonWrongType, expect.Span, "expect", "a list of actions or the name of a JSONL file");
            return null;
        }
        string path = Beside(dir, file.Value);
        byte[]? bytes = Read(files, path, diagnostics, file.Span);
        if (bytes == null) return null;
        string display = files.Display(path);
        var items = new List<JNode>();
        string[] lines = Encoding.UTF8.GetString(bytes).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            var lineDiagnostics = new DiagnosticBag();
            JNode? node = JsonDom.Parse(display, Encoding.UTF8.GetBytes(lines[i]), lineDiagnostics);
            if (node == null)
            {
                diagnostics.Add(DiagnosticCodes.TestSyntax, new SourceSpan(display, i + 1, 1), "not a JSON object: " + lines[i].Trim());
                return null;
            }
            items.Add(node with { Span = new SourceSpan(display, i + 1, 1) });
        }
        return items;
    }

    private static byte[]? Read(IRuleTestFiles files, string path, DiagnosticBag diagnostics, SourceSpan from)
    {
        byte[]? bytes = files.Read(path, out string error);
        if (bytes == null) diagnostics.Add(DiagnosticCodes.CannotRead, from, files.Display(path) + ": " + error);
        return bytes;
    }
}
