using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SmartGateway.Compiler;
using SmartGateway.Compiler.Tariffs;
using SmartGateway.Runtime.Conformance;
using SmartGateway.Runtime.Time;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Runtime.Tests;

/// <summary>
/// The golden-trace runner the device self-test uses (runtime Conformance/), run here on the example rule
/// tests, and the firmware's embedded traces checked against today's compiler and rule tests.
/// </summary>
public class GoldenTraceTests
{
    private static readonly string Examples = Path.Combine(RepoRoot(), "rules", "examples");

    [Theory]
    [InlineData("heater")]
    [InlineData("hvac")]
    [InlineData("pv-surplus")]
    [InlineData("cheap-hours-boiler")]
    public void ExampleRuleTestPassesOnTheSelfTestRunner(string name)
    {
        Assert.Equal("", GoldenTraceCheck.Run(FromRuleTest(name)));
    }

    [Fact]
    public void AChangedExpectationFailsNamingTheFirstDifference()
    {
        GoldenTrace trace = FromRuleTest("hvac");
        trace.Expected[3] = "2 HVAC eco mode: modbus 4 fc6 3011 int16 6";
        Assert.Equal("expected \"2 HVAC eco mode: modbus 4 fc6 3011 int16 6\", got \"2 HVAC eco mode: modbus 4 fc6 3011 int16 5\"", GoldenTraceCheck.Run(trace));
    }

    [Fact]
    public void AnExpectedActionThatNeverCameIsReported()
    {
        GoldenTrace trace = FromRuleTest("heater");
        trace.Expected = trace.Expected.Append("12 Heater: bicom rs485.32 on").ToArray();
        Assert.Equal("missing \"12 Heater: bicom rs485.32 on\"", GoldenTraceCheck.Run(trace));
    }

    [Fact]
    public void AnUnknownReadingRunsNothingWhereAValidOneWould()
    {
        GoldenTrace trace = FromRuleTest("hvac");
        // Row 2 (10.6 kW) switches eco mode on; made Unknown, nothing happens there.
        trace.Values[2] = GoldenTrace.Invalid;
        Assert.StartsWith("expected \"2 HVAC eco mode", GoldenTraceCheck.Run(trace));
    }

    [Fact]
    public void ACorruptImageIsRefusedNotRun()
    {
        GoldenTrace trace = FromRuleTest("heater");
        trace.Image[trace.Image.Length - 1] ^= 0xFF;
        Assert.StartsWith("image refused", GoldenTraceCheck.Run(trace));
    }

    [Fact]
    public void FirmwareEmbedsTodaysImagesAndExpectations()
    {
        // Read as text only: the firmware is never compiled against the .NET BCL.
        string source = File.ReadAllText(Path.Combine(RepoRoot(), "firmware", "SmartGateway.Firmware", "SelfTest", "GoldenTraces.cs"));
        MatchCollection names = Regex.Matches(source, "t\\.Name = \"([^\"]+)\";");
        Assert.NotEmpty(names);
        foreach (Match m in names)
        {
            string name = m.Groups[1].Value;
            int start = m.Index;
            int end = source.IndexOf("return t;", start, StringComparison.Ordinal);
            string body = source[start..end];
            GoldenTrace expected = FromRuleTest(name);
            string bytes = Regex.Match(body, "t\\.Image = new byte\\[\\] \\{ ([^}]*) \\};").Groups[1].Value;
            Assert.True(expected.Image.SequenceEqual(bytes.Split(", ").Select(byte.Parse)), name + ": embedded image differs from sgc compile; rerun firmware/tools/embed_golden_traces.py");
            string calendar = Regex.Match(body, "t\\.Tariffs = new byte\\[\\] \\{ ([^}]*) \\};").Groups[1].Value;
            Assert.True(expected.Tariffs.SequenceEqual(calendar.Length == 0 ? [] : calendar.Split(", ").Select(byte.Parse)), name + ": embedded tariff image differs from sgc tariff");
            string[] lines = Regex.Matches(body, "^            \"(.*)\",$", RegexOptions.Multiline).Select(x => x.Groups[1].Value).ToArray();
            Assert.Equal(expected.Expected, lines);
        }
    }

    /// <summary>A rule test (rules/examples/NAME.test.json + its trace CSV) as a golden trace.</summary>
    private static GoldenTrace FromRuleTest(string name)
    {
        using JsonDocument test = JsonDocument.Parse(File.ReadAllText(Path.Combine(Examples, name + ".test.json")));
        JsonElement root = test.RootElement;
        string rules = Path.Combine(Examples, root.GetProperty("rules").GetString()!);
        CompilationResult compiled = Compilation.Compile(rules, File.ReadAllText(rules));
        Assert.True(compiled.Success, string.Join("\n", compiled.Diagnostics));
        byte[] tariffs = [];
        if (root.TryGetProperty("tariffs", out JsonElement calendar))
        {
            TariffCompilation t = TariffCompiler.CompileFile(Path.Combine(Examples, calendar.GetString()!));
            Assert.True(t.Image != null, string.Join("\n", t.Diagnostics));
            tariffs = t.Image;
        }
        string[] lines = File.ReadAllLines(Path.Combine(Examples, root.GetProperty("trace").GetString()!)).Where(l => l.Length > 0).ToArray();
        string[] header = lines[0].Split(',');
        int time = Array.IndexOf(header, "time");
        int[] columns = Enumerable.Range(0, header.Length).Where(i => header[i] != "tick" && header[i] != "time").ToArray();
        var seconds = new List<long>();
        var values = new List<long>();
        foreach (string line in lines.Skip(1))
        {
            string[] cells = line.Split(',');
            seconds.Add(time >= 0 && cells[time].Length > 0 ? LocalSeconds(cells[time]) : -1);
            foreach (int c in columns)
                values.Add(c < cells.Length && Fixed.TryParse(cells[c], out long micro) ? micro : GoldenTrace.Invalid);
        }
        return new GoldenTrace
        {
            Name = name,
            Image = compiled.Image!,
            Tariffs = tariffs,
            Columns = columns.Select(c => header[c]).ToArray(),
            LocalSeconds = seconds.ToArray(),
            Values = values.ToArray(),
            Expected = root.GetProperty("expect").EnumerateArray()
                .Select(e => $"{e.GetProperty("tick").GetInt32()} {e.GetProperty("automation").GetString()}: {Describe(e.GetProperty("action"))}").ToArray(),
        };
    }

    private static long LocalSeconds(string iso)
    {
        DateTime t = DateTime.ParseExact(iso, "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        return LocalTime.ToLocalSeconds(t.Year, t.Month, t.Day, t.Hour, t.Minute, t.Second);
    }

    private static string Describe(JsonElement action)
    {
        if (action.TryGetProperty("bicom", out JsonElement b)) return $"bicom {b.GetProperty("target").GetString()} {b.GetProperty("function").GetString()}";
        if (action.TryGetProperty("modbus", out JsonElement m))
        {
            Assert.True(Fixed.TryParse(m.GetProperty("value").GetRawText(), out long value));
            return $"modbus {m.GetProperty("address").GetInt32()} fc{m.GetProperty("function").GetInt32()} {m.GetProperty("register").GetInt32()} {m.GetProperty("type").GetString()} {Fixed.ToText(value)}";
        }
        JsonElement q = action.GetProperty("mqtt");
        return $"mqtt {q.GetProperty("link").GetInt32()} {q.GetProperty("subtopic").GetString()} {q.GetProperty("message").GetString()}";
    }

    private static string RepoRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir != null && !File.Exists(Path.Combine(dir, "SmartGateway.sln"))) dir = Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException("SmartGateway.sln not found");
    }
}
