using SmartGateway.Compiler.Tariffs;

namespace SmartGateway.Time.Tests;

/// <summary>Every calendar error names its code and points at its line and column.</summary>
public class TariffCompilerErrorTests
{
    private const string Valid = """
        timezone "CET-1CEST,M3.5.0,M10.5.0/3"
        tariff 1 "Day" price 0.2
        tariff 2 "Night"
        season "Lower" starts 03-01 on workday, weekend {
          0 => 2
          6 => 1
          22 => 2
        }
        season "Higher" starts 11-01 on workday, weekend, holiday {
          0 => 2
        }
        holiday "New Year" 01-01 for 2 days
        """;

    private static string[] Errors(string text, string path = "cal.sgt") =>
        TariffCompiler.Compile(path, text).Diagnostics.Items.Select(d => $"{d.Code}@{d.Span.Line},{d.Span.Column}").ToArray();

    private static string Edit(string from, string to)
    {
        Assert.Contains(from, Valid);
        return Valid.Replace(from, to);
    }

    [Fact]
    public void ValidCalendarCompilesToALoadableImage()
    {
        TariffCompilation c = TariffCompiler.Compile("cal.sgt", Valid);
        Assert.Empty(c.Diagnostics.Items);
        Assert.NotNull(c.Load());
    }

    [Fact]
    public void TariffIdOutsideOneToFive() => Assert.Equal(["SG3010@3,8"], Errors(Edit("tariff 2 \"Night\"", "tariff 6 \"Night\"\ntariff 2 \"N\"")));

    [Fact]
    public void ScheduleTariffOutsideOneToFive() => Assert.Equal(["SG3010@6,8"], Errors(Edit("6 => 1", "6 => 0")));

    [Fact]
    public void HourOutsideZeroToTwentyThree() => Assert.Equal(["SG3020@7,3"], Errors(Edit("22 => 2", "24 => 2")));

    [Fact]
    public void ScheduleMustStartAtHourZero() => Assert.Equal(["SG3021@10,3"], Errors(Edit("  0 => 2\n}\nholiday", "  1 => 2\n}\nholiday")));

    [Fact]
    public void ScheduleHoursMustAscend() => Assert.Equal(["SG3022@7,3"], Errors(Edit("22 => 2", "5 => 2")));

    [Fact]
    public void UndefinedTariffInSchedule() => Assert.Equal(["SG3012@6,8"], Errors(Edit("6 => 1", "6 => 3")));

    [Fact]
    public void HolidayWithZeroDuration() => Assert.Equal(["SG3040@12,30"], Errors(Edit("for 2 days", "for 0 days")));

    [Fact]
    public void UnorderedSeasons() => Assert.Equal(["SG3030@9,24"], Errors(Edit("starts 11-01", "starts 02-01")));

    [Fact]
    public void OverlappingSeasonsInOnePeriod() =>
        Assert.Equal(["SG3031@9,33", "SG3031@9,42"], Errors(Edit("season \"Higher\" starts 11-01 on workday", "season \"Higher\" starts 03-01 on workday")));

    [Fact]
    public void PeriodThatLeavesDaysUncovered() => Assert.Equal(["SG3032@9,24"], Errors(Edit("on workday, weekend, holiday", "on workday, holiday")));

    [Fact]
    public void MixedDateAndDaylightSavingSeasons() => Assert.Equal(["SG3034@9,24"], Errors(Edit("starts 11-01", "starts summer time")));

    [Fact]
    public void UnknownDayType() => Assert.Equal(["SG3038@4,41", "SG3032@4,23"], Errors(Edit("on workday, weekend {", "on workday, weekends {")));

    [Fact]
    public void ImpossibleDate() => Assert.Equal(["SG3033@12,20"], Errors(Edit("01-01 for", "02-30 for")));

    [Fact]
    public void BadTimeZone() => Assert.Equal(["SG3003@1,1"], Errors(Edit("CET-1CEST,M3.5.0,M10.5.0/3", "CET-1CEST")));

    [Fact]
    public void MisspelledKeywordIsASyntaxErrorAtTheWord() => Assert.Equal(["SG3001@4,16"], Errors(Edit("\"Lower\" starts", "\"Lower\" begins")));

    [Fact]
    public void UnknownStatementIsASyntaxErrorAtItsStart() => Assert.Equal(["SG3001@12,1"], Errors(Edit("holiday \"New", "holyday \"New")));

    [Fact]
    public void JsonErrorsCarryPathAndLocation()
    {
        const string json = """
            {
              "version": 1,
              "timezone": "UTC0",
              "tariffs": [ { "id": 1, "name": "Only", "colour": "red" } ],
              "seasons": [ { "name": "All", "start": "01-01", "days": ["workday", "weekend"],
                             "schedule": [ { "hour": 0, "tariff": 1 }, { "hour": 25, "tariff": 1 } ] } ],
              "holidays": [ { "name": "H", "date": "2025-05-01", "duration": 0 } ]
            }
            """;
        TariffCompilation c = TariffCompiler.Compile("cal.json", json);
        Assert.Equal(["SG0101@4,43"], c.Diagnostics.Items.Select(d => $"{d.Code}@{d.Span.Line},{d.Span.Column}"));
        Assert.Contains("tariffs[0]", c.Diagnostics.Items[0].Message);
        string fixedJson = json.Replace(", \"colour\": \"red\"", "");
        Assert.Equal(["SG3020@6,70", "SG3040@7,66"], Errors(fixedJson, "cal.json"));
    }

    [Fact]
    public void JsonSyntaxErrorHasItsLocation() => Assert.Equal(["SG0100@2,14"], Errors("{\n  \"version\": ,\n}", "cal.json"));
}
