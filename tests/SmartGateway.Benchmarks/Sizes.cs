using System.Diagnostics;
using System.Text;
using SmartGateway.Compiler;
using SmartGateway.Compiler.Formatting;

namespace SmartGateway.Benchmarks;

/// <summary>Image size against the automation JSON the web UI exports, and a one-shot compile time.</summary>
public static class Sizes
{
    public static void Print()
    {
        foreach (int n in new[] { 1, 64, 1000, 10000 })
        {
            string dsl = Workload.Dsl(n);
            var stopwatch = Stopwatch.StartNew();
            CompilationResult result = Compilation.Compile("bench.sgr", dsl);
            double ms = stopwatch.Elapsed.TotalMilliseconds;
            string json = JsonFormatter.Format(result.Rules);
            int jsonBytes = Encoding.UTF8.GetByteCount(json);
            int image = result.Image!.Length;
            Console.WriteLine($"{n,6} automations: DSL {Encoding.UTF8.GetByteCount(dsl),9} B, JSON {jsonBytes,9} B, image {image,8} B " +
                $"(1/{(double)jsonBytes / image:F1} of JSON), first compile {ms:F0} ms");
        }
    }
}
