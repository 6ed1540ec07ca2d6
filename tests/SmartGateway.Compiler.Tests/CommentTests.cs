using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Formatting;
using static SmartGateway.Compiler.Tests.Diagnosed;

namespace SmartGateway.Compiler.Tests;

/// <summary>docs/FORMATS.md "Comments": where each comment goes, in the DSL and in the JSON.</summary>
public class CommentTests
{
    private static string Fmt(string source, string path = "rules.sgr") => DslFormatter.Format(Ok(source, path).Rules);

    private static string Json(string source) => JsonFormatter.Format(Ok(source).Rules);

    [Fact]
    public void AConditionWithACommentInsideItIsPrintedOneBlockALine()
    {
        const string source = """
            automation "a" on change {
              when (ir.left.P > 1 kW # morning
              and time.hour < 22) or tariff == 1
              then bicom ir.right on
            }

            """;
        Assert.Equal("""
            automation "a" on change {
              when (ir.left.P > 1 kW  # morning
                  and time.hour < 22)
                or tariff == 1
              then bicom ir.right on
            }

            """, Fmt(source));
    }

    [Fact]
    public void AnEndOfLineCommentAfterAWholeConditionKeepsItOnOneLine()
    {
        string source = Automation("ir.left.P > 1 kW and time.hour < 22  # daytime");
        Assert.Equal(source, Fmt(source));
    }

    [Fact]
    public void ACommentAboveAnActionOpensItsBlock()
    {
        Assert.Equal("""
            automation "a" on change {
              when tariff == 1
              then {
                # the boiler
                bicom ir.right on
              }
            }

            """, Fmt("automation \"a\" on change {\n  when tariff == 1\n  then\n  # the boiler\n  bicom ir.right on\n}\n"));
    }

    [Fact]
    public void AZeroHoldWithACommentKeepsItsLine()
    {
        string source = "automation \"a\" on change {\n  min on 0 s  # none yet\n  when tariff == 1\n  then bicom ir.right on\n}\n";
        Assert.Equal(source, Fmt(source));
    }

    [Fact]
    public void TheJsonCarriesCommentsOnTheNodeTheyBelongTo()
    {
        string json = Json("# header\n\n# first\nautomation \"a\" on change {  # eol\n  when tariff == 1  # one\n  then bicom ir.right on  # switch\n  # closing\n}\n# tail\n");
        Assert.Contains("\"comments\": {\n    \"header\": [\n      \"# header\"\n    ],\n    \"trailer\": [\n      \"# tail\"\n    ]\n  }", json);
        Assert.Contains("\"op\": \"==\",\n          \"value\": 1,\n          \"hysteresis\": 0,\n          \"for\": 0\n        },\n        \"comments\": {\n          \"after\": \"# one\"", json);
        Assert.Contains("\"function\": \"on\"\n          },\n          \"comments\": {\n            \"after\": \"# switch\"", json);
        Assert.Contains("\"comments\": {\n        \"before\": [\n          \"# first\"\n        ],\n        \"after\": \"# eol\",\n        \"end\": {\n          \"before\": [\n            \"# closing\"\n          ]\n        }\n      }", json);
    }

    [Fact]
    public void AJsonCommentThatIsNoCommentIsReportedAtItsPlace()
    {
        const string json = """
            {"automations": [{"name": "a", "mode": "on_change",
              "condition": {"compare": {"inputs": [{"input": "tariff"}], "op": "==", "value": 1}, "comments": {"before": ["note"]}}}]}
            """;
        Diagnostic d = Error(json, "SG0111", 2, 111, "rules.json");
        Assert.Equal("automations[0].condition.comments.before[0]: a comment starts with # or // and stays on one line (\"\" is a blank line)", d.Message);
    }

    [Fact]
    public void CommentsNeverChangeTheImage()
    {
        string plain = Automation("tariff == 1");
        string commented = "# a\n" + Automation("tariff == 1  # b").Replace("then", "# c\n  then", StringComparison.Ordinal) + "// d\n";
        Assert.Equal(Ok(plain).Image, Ok(commented).Image);
    }
}
