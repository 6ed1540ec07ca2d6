using System.Text;
using BenchmarkDotNet.Attributes;
using SmartGateway.Compiler.Tariffs;
using SmartGateway.Runtime.Time;

namespace SmartGateway.Time.Benchmarks;

/// <summary>
/// Cost and allocation of one tariff lookup (UTC → local time → tariff), on the Slovenian calendar and
/// on synthetic calendars with many seasons and holidays, to show the lookup allocates nothing and
/// grows with log n.
/// </summary>
[MemoryDiagnoser]
public class TariffLookupBenchmarks
{
    private TariffCalendar _calendar = null!;
    private long[] _instants = [];

    /// <summary>0 = the Slovenian calendar; otherwise a synthetic one with this many periods and holidays.</summary>
    [Params(0, 8, 64, 1000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        TariffCompilation c = Size == 0
            ? TariffCompiler.CompileFile(Path.Combine(AppContext.BaseDirectory, "tariffs", "slovenia-network-2024.sgt"))
            : TariffCompiler.Compile("synthetic.sgt", Synthetic(Size));
        if (!c.Success) throw new InvalidOperationException(string.Join("\n", c.Diagnostics.Items));
        _calendar = c.Load()!;
        var random = new Random(42);
        long start = LocalTime.ToLocalSeconds(2025, 1, 1, 0, 0, 0);
        _instants = new long[1024];
        for (int i = 0; i < _instants.Length; i++) _instants[i] = start + random.NextInt64(5L * 365 * 86400);
    }

    [Benchmark(OperationsPerInvoke = 1024)]
    public int TariffAtUtc()
    {
        int sum = 0;
        foreach (long t in _instants) sum += _calendar.TariffAtUtc(t);
        return sum;
    }

    [Benchmark(OperationsPerInvoke = 1024)]
    public int LookupOnly()
    {
        int sum = 0;
        LocalTime local = _calendar.TimeZone.ToLocal(_instants[0]);
        for (int i = 0; i < 1024; i++)
        {
            local.Hour = i % 24;
            sum += _calendar.Lookup(local).Tariff;
        }
        return sum;
    }

    /// <summary>Seasons starting on up to 256 distinct days (periods) and n holidays, half annual.</summary>
    private static string Synthetic(int n)
    {
        var sb = new StringBuilder("timezone \"CET-1CEST,M3.5.0,M10.5.0/3\"\ntariff 1 \"A\"\ntariff 2 \"B\"\n");
        int periods = Math.Min(n, 128);
        for (int p = 0; p < periods; p++)
        {
            int day = p * 365 / periods;
            DateTime date = new DateTime(2025, 1, 1).AddDays(day);
            sb.Append($"season \"S{p}\" starts {date:MM-dd} on workday, weekend, holiday {{ 0 => 1  {p % 24} => 2 }}\n");
        }
        for (int h = 0; h < n; h++)
        {
            DateTime date = new DateTime(2024, 1, 1).AddDays(h * 7 % 2500);
            sb.Append(h % 2 == 0 ? $"holiday \"H{h}\" {date:MM-dd}\n" : $"holiday \"H{h}\" {date:yyyy-MM-dd} for 2 days\n");
        }
        return sb.ToString().Replace("{ 0 => 1  0 => 2 }", "{ 0 => 2 }");
    }
}
