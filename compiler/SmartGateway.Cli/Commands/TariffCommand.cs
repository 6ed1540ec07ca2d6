using System.CommandLine;
using SmartGateway.Compiler.Tariffs;
using SmartGateway.Runtime.Time;

namespace SmartGateway.Cli.Commands;

/// <summary>
/// <c>sgc tariff CALENDAR --at 2025-04-21T10:00 [--json]</c>: the active tariff and why;
/// <c>sgc tariff CALENDAR --year 2025 --csv</c>: <c>time,tariff</c> for every local hour start;
/// <c>-o FILE.sgtc</c> writes the compiled calendar image. CALENDAR is DSL (.sgt), JSON or an image.
/// </summary>
internal static class TariffCommand
{
    public static Command Create(Output output)
    {
        var file = new Argument<string>("calendar") { Description = "tariff calendar (.sgt, .json) or compiled image (.sgtc)" };
        var at = new Option<string>("--at") { Description = "local time, e.g. 2025-04-21T10:00: print the active tariff and why" };
        var json = new Option<bool>("--json") { Description = "with --at: print one JSON object" };
        var year = new Option<int?>("--year") { Description = "print the tariff of every local hour start of this year" };
        var csv = new Option<bool>("--csv") { Description = "with --year: CSV with header time,tariff (the only format)" };
        var outFile = new Option<string>("--output", "-o") { Description = "write the compiled calendar image (.sgtc)" };
        var checkZone = new Option<string>("--check-zone") { Description = "compare the calendar's TZ rule with this IANA zone (e.g. Europe/Ljubljana) for 2000–2037" };
        var command = new Command("tariff", "Check a tariff calendar and show which tariff applies when") { file, at, json, year, csv, outFile, checkZone };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(at), parse.GetValue(json), parse.GetValue(year), parse.GetValue(outFile), parse.GetValue(checkZone), output));
        return command;
    }

    private static int Run(string file, string? at, bool json, int? year, string? outFile, string? checkZone, Output output)
    {
        if (at != null && year != null)
        {
            output.Error.WriteLine("sgc: give either --at or --year, not both");
            return ExitCodes.Usage;
        }
        if (at == null && year == null && outFile == null && checkZone == null)
        {
            output.Error.WriteLine("sgc: tariff needs --at TIME, --year YEAR, --check-zone ZONE or --output FILE");
            return ExitCodes.Usage;
        }
        long local = 0;
        if (at != null && !TariffReport.TryParseLocal(at, out local))
        {
            output.Error.WriteLine($"sgc: \"{at}\" is not a local time like 2025-04-21T10:00");
            return ExitCodes.Usage;
        }
        if (year is < 1 or > 9998)
        {
            output.Error.WriteLine($"sgc: --year {year} is outside 1–9998");
            return ExitCodes.Usage;
        }

        byte[]? bytes = RuleInput.ReadFile(file, output);
        if (bytes == null) return ExitCodes.InputErrors;
        TariffCompilation compiled = TariffCompiler.CompileBytes(file, bytes);
        if (!output.Report(compiled.Diagnostics.Items)) return ExitCodes.InputErrors;
        TariffCalendar calendar = compiled.Load()!;

        if (outFile != null)
        {
            try
            {
                File.WriteAllBytes(outFile, compiled.Image!);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                output.Error.WriteLine($"sgc: cannot write {outFile}: {e.Message}");
                return ExitCodes.InputErrors;
            }
        }
        if (checkZone != null && !CheckZone(calendar, checkZone, output)) return ExitCodes.InputErrors;
        if (at != null) output.Out.WriteLine(json ? TariffReport.AtJson(calendar, local) : TariffReport.At(calendar, local));
        if (year != null) TariffReport.YearCsv(calendar, year.Value, output.Out);
        return ExitCodes.Success;
    }

    /// <summary>Prints whether the rule matches the zone from 2000 to 2037; false on a mismatch.</summary>
    private static bool CheckZone(TariffCalendar calendar, string id, Output output)
    {
        TimeZoneInfo database;
        try
        {
            database = TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            output.Error.WriteLine($"sgc: no time zone \"{id}\" in this system's database");
            return false;
        }
        long from = LocalTime.ToLocalSeconds(2000, 1, 1, 0, 0, 0), to = LocalTime.ToLocalSeconds(2038, 1, 1, 0, 0, 0);
        long? mismatch = ZoneCrossCheck.FirstMismatch(calendar.TimeZone, database, from, to);
        if (mismatch is long t)
        {
            var utc = LocalTime.FromLocalSeconds(t, 0, false);
            output.Error.WriteLine($"{calendar.TimeZone.Text} differs from {id} at {utc.ToIsoText()}Z: " +
                $"rule offset {calendar.TimeZone.OffsetAt(t)} s, database {ZoneCrossCheck.Offset(database, t)} s");
            return false;
        }
        output.Out.WriteLine($"{calendar.TimeZone.Text} matches {id} from 2000 to 2037");
        return true;
    }
}
