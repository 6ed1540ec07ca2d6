using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SmartGateway.Compiler;
using SmartGateway.Compiler.Devices;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Formatting;
using SmartGateway.Compiler.Tariffs;
using SmartGateway.Compiler.Traces;

namespace SmartGateway.Benchmarks;

/// <summary>
/// The front ends' size targets (issue 11): one case per process, so the peak working set is that case's
/// own. Prints wall time, CPU time and peak memory of checking (what <c>sgc check</c> does: compile, or
/// read and check for tariff calendars, device maps and traces).
/// </summary>
public static class FrontEnds
{
    /// <summary>Six comparisons per workload automation, so 1,667 automations hold 10,002 conditions.</summary>
    private const int ConditionsPerAutomation = 6;

    /// <summary>A case: its source size, and a check of a source of a given size that says what came out.</summary>
    private sealed record Case(Func<int, byte[]> Source, Func<byte[], string> Check, int Size);

    /// <summary>Runs one case, at its target size or <paramref name="size"/> (to show time grows linearly).</summary>
    public static void Print(string which, int? size = null)
    {
        Case c = which switch
        {
            "json-oneline" => RuleCase("bench.json", n => OneLineJson(n / ConditionsPerAutomation + 1), 10_000),
            "dsl-500k" => RuleCase("bench.sgr", n => Encoding.UTF8.GetBytes(Workload.Dsl(n / ConditionsPerAutomation + 1)), 500_000),
            "compile-10k" => RuleCase("bench.sgr", n => Encoding.UTF8.GetBytes(Workload.Dsl(n)), 10_000),
            "tariff-json-oneline" => new Case(OneLineTariffJson, TariffCheck, 100_000),
            "devices-json-oneline" => new Case(OneLineDeviceMapJson, DeviceMapCheck, 100_000),
            "trace-large" => new Case(LargeTrace, TraceCheck, 500_000),
            _ => throw new ArgumentException("frontends json-oneline | dsl-500k | compile-10k | tariff-json-oneline | devices-json-oneline | trace-large"),
        };
        // Warm the JIT on a small source of the same kind, so the timing is the front end's, not the JIT's.
        c.Check(c.Source(2));
        byte[] source = c.Source(size ?? c.Size);
        GC.Collect();
        var cpu = new CpuWatch();
        var wall = Stopwatch.StartNew();
        string outcome = c.Check(source);
        wall.Stop();
        long cpuMs = cpu.Ms;
        var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine($"{which}: {source.Length} B source, {wall.ElapsedMilliseconds} ms wall, {cpuMs} ms CPU, " +
            $"peak {self.PeakWorkingSet64 / (1024 * 1024)} MB; {outcome}");
    }

    private static Case RuleCase(string path, Func<int, byte[]> source, int size) => new(source, s =>
    {
        CompilationResult result = Compilation.Compile(path, s);
        return result.Success ? $"image {result.Image!.Length} B" : $"refused: {FirstError(result.Diagnostics)}";
    }, size);

    private static string FirstError(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.FirstOrDefault(d => d.Severity == Severity.Error)?.ToString() ?? "no error";

    /// <summary>The workload as minified automation JSON: the whole rule set on one line.</summary>
    private static byte[] OneLineJson(int automations)
    {
        string indented = JsonFormatter.Format(Compilation.Compile("w.sgr", Workload.Dsl(automations)).Rules);
        return Minified(indented);
    }

    private static byte[] Minified(string json)
    {
        using var doc = JsonDocument.Parse(json);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream)) doc.WriteTo(w);
        return stream.ToArray();
    }

    /// <summary>A tariff calendar with <paramref name="entries"/> schedule entries (24 a season) and as many holidays, on one line.</summary>
    private static byte[] OneLineTariffJson(int entries)
    {
        var dsl = new StringBuilder("timezone \"CET-1CEST,M3.5.0,M10.5.0/3\"\ntariff 1 \"low\" price 0.1\ntariff 2 \"high\" price 0.2\n");
        for (int s = 0; s * 24 < entries; s++)
        {
            dsl.Append(CultureInfo.InvariantCulture, $"season \"s{s}\" starts {s % 12 + 1:D2}-{s % 28 + 1:D2} on workday {{\n");
            for (int h = 0; h < 24; h++) dsl.Append(CultureInfo.InvariantCulture, $"  {h} => {h % 2 + 1}\n");
            dsl.Append("}\n");
        }
        for (int d = 0; d < entries; d++) dsl.Append(CultureInfo.InvariantCulture, $"holiday \"h{d}\" {2000 + d / 365}-{d % 12 + 1:D2}-{d % 28 + 1:D2}\n");
        TariffCompilation parsed = TariffCompiler.Compile("w.sgt", dsl.ToString());
        return Minified(TariffFormatter.ToJson(parsed.Model ?? throw new InvalidOperationException(FirstError(parsed.Diagnostics.Items))));
    }

    private static string TariffCheck(byte[] source)
    {
        TariffCompilation result = TariffCompiler.CompileBytes("bench.json", source);
        return result.Success ? $"image {result.Image!.Length} B" : $"refused: {FirstError(result.Diagnostics.Items)}";
    }

    /// <summary>A device map with <paramref name="measurements"/> measurements, on one line.</summary>
    private static byte[] OneLineDeviceMapJson(int measurements)
    {
        var dsl = new StringBuilder("model \"BENCH\"\nmatches \"BENCH\"\nreadable input 0 count 100\n");
        for (int m = 0; m < measurements; m++) dsl.Append(CultureInfo.InvariantCulture, $"measurement P{m} = input {2 * (m % 50)} t6 W\n");
        var bag = new DiagnosticBag();
        DeviceMapModel model = DeviceMapFiles.ReadModel("w.sgd", dsl.ToString(), bag) ?? throw new InvalidOperationException(FirstError(bag.Items));
        return Minified(DeviceMapFormatter.ToJson(model));
    }

    private static string DeviceMapCheck(byte[] source)
    {
        var bag = new DiagnosticBag();
        return DeviceMapFiles.Compile("devices/bench.json", Encoding.UTF8.GetString(source), bag) is { } map
            ? $"{map.Measurements.Length} measurements" : $"refused: {FirstError(bag.Items)}";
    }

    /// <summary>A trace of <paramref name="rows"/> ticks with a time and three inputs.</summary>
    private static byte[] LargeTrace(int rows)
    {
        var csv = new StringBuilder("tick,time,ir.left.P,ir.left.U.L1,time.hour\n");
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        for (int r = 0; r < rows; r++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{r},{start.AddSeconds(r):yyyy-MM-dd'T'HH:mm:ss},{r % 7000}.5,{230 + r % 5},{r / 3600 % 24}\n");
        }
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static string TraceCheck(byte[] source)
    {
        var bag = new DiagnosticBag();
        return TraceReader.Read("bench.csv", Encoding.UTF8.GetString(source), bag) is { } trace
            ? $"{trace.Rows.Count} rows" : $"refused: {FirstError(bag.Items)}";
    }
}
