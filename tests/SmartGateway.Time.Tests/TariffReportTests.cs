using System.Text.Json;
using SmartGateway.Compiler.Tariffs;
using SmartGateway.Runtime.Time;

namespace SmartGateway.Time.Tests;

public class TariffReportTests
{
    private static readonly TariffCalendar Slovenia = Calendars.Load("slovenia-network-2024.sgt");

    private static string[] YearRows(TariffCalendar calendar, int year)
    {
        var w = new StringWriter();
        TariffReport.YearCsv(calendar, year, w);
        return w.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void YearCsvHasHeaderAndOneRowPerLocalHourStart()
    {
        string[] rows = YearRows(Slovenia, 2025);
        Assert.Equal("time,tariff", rows[0]);
        Assert.Equal("2025-01-01T00:00:00,4", rows[1]); // New Year's Day, higher season
        Assert.Equal("2025-01-02T07:00:00,2", rows[1 + 24 + 7]);
        Assert.Equal("2025-12-31T23:00:00,3", rows[^1]);
        Assert.Equal(8760, rows.Length - 1); // one hour skipped in March, one repeated in October
    }

    [Fact]
    public void SkippedHourHasNoRowAndRepeatedHourHasTwo()
    {
        string[] rows = YearRows(Slovenia, 2025);
        Assert.DoesNotContain(rows, r => r.StartsWith("2025-03-30T02:", StringComparison.Ordinal));
        int first = Array.FindIndex(rows, r => r.StartsWith("2025-10-26T02:00:00", StringComparison.Ordinal));
        Assert.Equal(rows[first], rows[first + 1]);
        Assert.StartsWith("2025-10-26T01:00:00", rows[first - 1]);
        Assert.StartsWith("2025-10-26T03:00:00", rows[first + 2]);
    }

    [Fact]
    public void JsonAtNamesTheTariffAndWhy()
    {
        Assert.True(TariffReport.TryParseLocal("2025-04-21T10:00", out long local));
        using var doc = JsonDocument.Parse(TariffReport.AtJson(Slovenia, local));
        JsonElement o = doc.RootElement;
        Assert.Equal(3, o.GetProperty("tariff").GetInt32());
        Assert.Equal("Velika noč 2025", o.GetProperty("holiday").GetString());
        Assert.Equal("holiday", o.GetProperty("day_type").GetString());
        Assert.Equal("Nižja sezona, dela prost dan", o.GetProperty("season").GetString());
    }

    [Fact]
    public void TextAtSaysWhenTheRequestedTimeDoesNotExist()
    {
        Assert.True(TariffReport.TryParseLocal("2025-03-30T02:30", out long local));
        string line = TariffReport.At(Slovenia, local);
        Assert.StartsWith("2025-03-30T03:30:00 CEST: tariff 5 \"Blok 5\"", line);
        Assert.Contains("does not exist", line);
    }

    [Fact]
    public void LookupAllocatesNothing()
    {
        long start = LocalTime.ToLocalSeconds(2025, 1, 1, 0, 0, 0);
        var counters = new TariffCounters(Slovenia);
        int sum = Slovenia.TariffAtUtc(start);
        counters.Accumulate(start, start + 7200, 1000);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10_000; i++)
        {
            sum += Slovenia.TariffAtUtc(start + i * 3600L);
            sum += Slovenia.Lookup(Slovenia.TimeZone.ToLocal(start + i * 1800L)).Season;
            counters.Accumulate(start + i * 3600L, start + i * 3600L + 5400, 1000);
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(sum > 0);
        Assert.Equal(0, allocated);
    }
}
