using System.Diagnostics;
using System.Text;
using System.Text.Json;
using SmartGateway.Compiler;
using SmartGateway.Compiler.Formatting;

namespace SmartGateway.Benchmarks;

/// <summary>
/// The front ends' size targets (issue 11): one case per process, so the peak working set is that case's
/// own. Prints wall time, CPU time and peak memory of checking (what <c>sgc check</c> does: compile).
/// </summary>
public static class FrontEnds
{
    /// <summary>Six comparisons per workload automation, so 1,667 automations hold 10,002 conditions.</summary>
    private const int ConditionsPerAutomation = 6;

    public static void Print(string which)
    {
        (string path, byte[] source) = which switch
        {
            "json-oneline" => ("bench.json", OneLineJson(10_000 / ConditionsPerAutomation + 1)),
            "dsl-500k" => ("bench.sgr", Encoding.UTF8.GetBytes(Workload.Dsl(500_000 / ConditionsPerAutomation + 1))),
            "compile-10k" => ("bench.sgr", Encoding.UTF8.GetBytes(Workload.Dsl(10_000))),
            _ => throw new ArgumentException("frontends json-oneline | dsl-500k | compile-10k"),
        };
        // Warm the JIT on a small source of the same kind, so the timing is the front end's, not the JIT's.
        Compilation.Compile(path, path.EndsWith(".json", StringComparison.Ordinal) ? OneLineJson(2) : Encoding.UTF8.GetBytes(Workload.Dsl(2)));
        GC.Collect();
        var cpu = new CpuWatch();
        var wall = Stopwatch.StartNew();
        CompilationResult result = Compilation.Compile(path, source);
        wall.Stop();
        long cpuMs = cpu.Ms;
        var self = Process.GetCurrentProcess();
        self.Refresh();
        string outcome = result.Success ? $"image {result.Image!.Length} B" : $"refused: {result.Diagnostics.FirstOrDefault(d => d.Severity == SmartGateway.Compiler.Diagnostics.Severity.Error)}";
        Console.WriteLine($"{which}: {source.Length} B source, {wall.ElapsedMilliseconds} ms wall, {cpuMs} ms CPU, " +
            $"peak {self.PeakWorkingSet64 / (1024 * 1024)} MB; {outcome}");
    }

    /// <summary>The workload as minified automation JSON: the whole rule set on one line.</summary>
    private static byte[] OneLineJson(int automations)
    {
        string indented = JsonFormatter.Format(Compilation.Compile("w.sgr", Workload.Dsl(automations)).Rules);
        using var doc = JsonDocument.Parse(indented);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream)) doc.WriteTo(w);
        return stream.ToArray();
    }
}
