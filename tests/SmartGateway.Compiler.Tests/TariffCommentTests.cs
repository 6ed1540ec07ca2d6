using System.Text.Json.Nodes;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Tariffs;
using static SmartGateway.Compiler.Tests.InProcessSgc;

namespace SmartGateway.Compiler.Tests;

/// <summary>docs/FORMATS.md "Comments" for tariff calendars: where each comment goes, in the DSL and in the JSON.</summary>
public sealed class TariffCommentTests : IDisposable
{
    /// <summary>Every place a comment can stand in a calendar, in canonical layout.</summary>
    private const string Commented = """
        # Italy: ARERA time bands
        # F1 is the peak

        # POSIX rule for Rome
        timezone "CET-1CEST,M3.5.0,M10.5.0/3"  // summer time from March

        # bands
        tariff 1 "F1" price 0.2  # peak
        tariff 2 "F2"

        season "Workdays" starts 01-01 on workday {  # Monday to Friday
          // night
          0 => 2
          8 => 1  # office hours
          # evening

          # from 19
          19 => 2
          # nothing after 19
        }  # workdays done

        season "Rest" starts 01-01 on weekend, holiday {
          0 => 2
        }

        holiday "Capodanno" 01-01  # new year

        # one-time holidays go below

        """;

    private readonly ScratchDirectory _dir = new("sgc-tariff-");

    public void Dispose() => _dir.Dispose();

    private static TariffCalendarModel Model(string text, string path = "tariffs.sgt")
    {
        TariffCompilation c = TariffCompiler.Compile(path, text);
        Assert.True(c.Success, string.Join("\n", c.Diagnostics.Items));
        return c.Model!;
    }

    [Fact]
    public void FmtKeepsEveryCommentWhereItStands() => Assert.Equal(Commented, TariffFormatter.ToDsl(Model(Commented)));

    [Fact]
    public void CommentsMoveToTheCanonicalLayoutWithTheirConstruct()
    {
        const string source = "timezone \"UTC0\" # zone\ntariff 1 \"Flat\"\nseason \"All\" starts 01-01 on workday, weekend, holiday { 0 => 1 } // one band\n";
        Assert.Equal("timezone \"UTC0\"  # zone\n\ntariff 1 \"Flat\"\n\nseason \"All\" starts 01-01 on workday, weekend, holiday {\n  0 => 1\n}  // one band\n",
            TariffFormatter.ToDsl(Model(source)));
    }

    [Fact]
    public void CommentsNeverChangeTheImage()
    {
        string plain = string.Join("\n", Commented.Split('\n').Select(l => l.Split(["  #", "  //"], StringSplitOptions.None)[0])
            .Where(l => !l.TrimStart().StartsWith('#') && !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        Assert.Equal(TariffCompiler.Compile("plain.sgt", plain).Image, TariffCompiler.Compile("tariffs.sgt", Commented).Image);
    }

    [Fact]
    public void TheJsonCarriesEachCommentOnItsNode()
    {
        JsonNode json = JsonNode.Parse(TariffFormatter.ToJson(Model(Commented)))!;
        Assert.Equal("# F1 is the peak", json["comments"]!["header"]![1]!.GetValue<string>());
        Assert.Equal("// summer time from March", json["comments"]!["timezone"]!["after"]!.GetValue<string>());
        Assert.Equal("# peak", json["tariffs"]![0]!["comments"]!["after"]!.GetValue<string>());
        Assert.Equal("# Monday to Friday", json["seasons"]![0]!["comments"]!["after"]!.GetValue<string>());
        Assert.Equal("[\"# evening\",\"\",\"# from 19\"]", json["seasons"]![0]!["schedule"]![2]!["comments"]!["before"]!.ToJsonString());
        Assert.Equal("# nothing after 19", json["seasons"]![0]!["comments"]!["end"]!["before"]![0]!.GetValue<string>());
        Assert.Equal("# workdays done", json["seasons"]![0]!["comments"]!["end"]!["after"]!.GetValue<string>());
        Assert.Equal("[\"\",\"# one-time holidays go below\"]", json["comments"]!["trailer"]!.ToJsonString());
        Assert.Null(json["tariffs"]![1]!["comments"]);
    }

    [Fact]
    public void DslToJsonToDslKeepsEveryComment() =>
        Assert.Equal(Commented, TariffFormatter.ToDsl(Model(TariffFormatter.ToJson(Model(Commented)), "tariffs.json")));

    [Fact]
    public void ACommentThatIsNotOneIsRefusedAtItsPlace()
    {
        const string json = "{\"version\": 1, \"timezone\": \"UTC0\",\n \"tariffs\": [{\"id\": 1, \"name\": \"Flat\", \"comments\": {\"after\": \"peak\"}}],\n \"seasons\": []}";
        Diagnostic d = Assert.Single(TariffCompiler.Compile("tariffs.json", json).Diagnostics.Items);
        Assert.Equal(("SG0111", 2, 62), (d.Code, d.Span.Line, d.Span.Column));
        Assert.Contains("tariffs[0].comments.after", d.Message);
    }

    [Fact]
    public void AnUnknownCommentSlotIsRefusedAtItsPlace()
    {
        const string json = "{\"version\": 1, \"timezone\": \"UTC0\", \"tariffs\": [],\n \"seasons\": [{\"name\": \"All\", \"start\": \"01-01\", \"days\": [], \"schedule\": [], \"comments\": {\"then\": {}}}]}";
        Diagnostic d = TariffCompiler.Compile("tariffs.json", json).Diagnostics.Items.First();
        Assert.Equal(("SG0101", 2, 89), (d.Code, d.Span.Line, d.Span.Column));
    }

    [Fact]
    public void SgcFmtWriteRewritesACalendarInPlaceKeepingItsComments()
    {
        string file = _dir.Write("italy.sgt", Commented.Replace("  # peak", "    # peak").Replace("\n\nseason \"Rest\"", "\nseason \"Rest\""));
        (int code, string _, string err) = Sgc("fmt", file, "--write");
        Assert.Equal((0, ""), (code, err));
        Assert.Equal(Commented, File.ReadAllText(file));
    }

    [Fact]
    public void SgcFmtPrintsACalendarInTheTariffsDirectoryAsDsl()
    {
        string json = _dir.Write("tariffs/italy.json", Sgc("fmt", _dir.Write("italy.sgt", Commented), "--json").Out);
        Assert.Equal(Commented, Sgc("fmt", json).Out);
    }
}
