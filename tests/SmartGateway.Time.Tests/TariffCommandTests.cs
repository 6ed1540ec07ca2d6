using System.Diagnostics;
using System.Text.Json;

namespace SmartGateway.Time.Tests;

/// <summary><c>sgc tariff</c> as a user runs it: the real sgc process, its output and exit code.</summary>
public class TariffCommandTests
{
    private static string Calendar(string file) => Path.Combine(AppContext.BaseDirectory, "tariffs", file);

    private static (int Code, string Out, string Err) Sgc(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sgc.dll"));
        foreach (string a in args) start.ArgumentList.Add(a);
        start.Environment["NO_COLOR"] = "1";
        using Process p = Process.Start(start)!;
        Task<string> stdout = p.StandardOutput.ReadToEndAsync();
        Task<string> stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(60_000), "sgc did not finish");
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void AtWithJsonPrintsOneObjectWhoseTariffIsTheActiveId()
    {
        (int code, string? stdout, string _) = Sgc("tariff", Calendar("slovenia-network-2024.sgt"), "--at", "2025-04-21T10:00", "--json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(3, doc.RootElement.GetProperty("tariff").GetInt32());
        Assert.Equal("Velika noč 2025", doc.RootElement.GetProperty("holiday").GetString());
    }

    [Fact]
    public void YearCsvPrintsEveryLocalHour()
    {
        (int code, string? stdout, string _) = Sgc("tariff", Calendar("italy-arera-f1f2f3.sgt"), "--year", "2025", "--csv");
        Assert.Equal(0, code);
        string[] rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("time,tariff", rows[0]);
        Assert.Equal("2025-01-01T00:00:00,3", rows[1]);
        Assert.Equal(8761, rows.Length);
    }

    [Fact]
    public void CalendarErrorsExitOneWithLocations()
    {
        string path = Path.Combine(Path.GetTempPath(), $"sgc-tariff-{Guid.NewGuid():N}.sgt");
        File.WriteAllText(path, "timezone \"UTC0\"\ntariff 1 \"A\"\nseason \"S\" starts 01-01 on workday, weekend { 3 => 1 }\n");
        try
        {
            (int code, string? stdout, string? stderr) = Sgc("tariff", path, "--at", "2025-01-01T00:00");
            Assert.Equal(1, code);
            Assert.Equal("", stdout);
            Assert.Contains($"{path}(3,47): error SG3021:", stderr);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void CheckZoneConfirmsTheRuleAgainstTheSystemDatabase()
    {
        (int code, string? stdout, string _) = Sgc("tariff", Calendar("croatia-hep-bijeli.json"), "--check-zone", "Europe/Zagreb");
        Assert.Equal(0, code);
        Assert.Contains("matches Europe/Zagreb", stdout);
        Assert.Equal(1, Sgc("tariff", Calendar("croatia-hep-bijeli.json"), "--check-zone", "Europe/London").Code);
    }

    [Fact]
    public void MalformedTimeIsWrongUsage() =>
        Assert.Equal(2, Sgc("tariff", Calendar("italy-arera-f1f2f3.sgt"), "--at", "yesterday").Code);
}
