using SmartGateway.Compiler.Diagnostics;
using static SmartGateway.Compiler.Tests.Diagnosed;

namespace SmartGateway.Compiler.Tests;

public class JsonFrontEndTests
{
    private static string Rules(string compare = "\"inputs\": [{\"sign\": \"+\", \"input\": \"ir.left.P\"}], \"op\": \">\", \"value\": 10000, \"hysteresis\": 500",
        string extra = "", string actions = "[{\"bicom\": {\"target\": \"ir.right\", \"function\": \"off\"}}]") => $$"""
        {
          "version": 1,
          "automations": [
            {
              "name": "HVAC eco mode",{{extra}}
              "mode": "on_change",
              "condition": { "compare": { {{compare}} } },
              "on_true": {{actions}},
              "on_false": []
            }
          ]
        }
        """;

    [Fact]
    public void ReadsTheFormatsExample() =>
        Assert.Equal(10_000_000_000L, ((Binding.BoundCompare)Ok(Rules(), "r.json").Rules.Automations[0].Condition).Value);

    [Fact]
    public void AnUnknownMemberIsAnErrorWithItsJsonPath()
    {
        Diagnostic d = Error(Rules(extra: "\n      \"colour\": \"red\","), "SG0101", 6, 7, "r.json");
        Assert.Contains("automations[0]", d.Message);
        Assert.Contains("colour", d.Message);
    }

    [Fact]
    public void AWrongTypeIsAnError() =>
        Error(Rules(extra: "\n      \"enabled\": \"yes\","), "SG0102", 6, 18, "r.json");

    [Fact]
    public void AnUnknownOperatorIsAnError() =>
        Error(Rules("\"inputs\": [{\"sign\": \"+\", \"input\": \"ir.left.P\"}], \"op\": \"=>\", \"value\": 1"), "SG0106", 7, 90, "r.json");

    [Fact]
    public void AnUnknownInputIsAnErrorAtTheString() =>
        Error(Rules("\"inputs\": [{\"sign\": \"+\", \"input\": \"ir.left.Power\"}], \"op\": \">\", \"value\": 1"), "SG1001", 7, 69, "r.json");

    [Fact]
    public void ANegativeHysteresisIsAnError() =>
        Error(Rules("\"inputs\": [{\"input\": \"ir.left.P\"}], \"op\": \">\", \"value\": 1, \"hysteresis\": -5"), "SG1005", 7, 108, "r.json");

    [Fact]
    public void AnEmptyAndIsAnError() =>
        Error("{\"automations\": [{\"name\": \"a\", \"mode\": \"continuous\", \"condition\": {\"and\": []}}]}", "SG0105", 1, 75, "r.json");

    [Fact]
    public void ABlockWithTwoKindsIsAnError() =>
        Error("{\"automations\": [{\"name\": \"a\", \"mode\": \"continuous\", \"condition\": {\"not\": {}, \"or\": []}}]}", "SG0104", 1, 67, "r.json");

    [Fact]
    public void MoreThanSixDecimalsIsAnError() =>
        Error(Rules("\"inputs\": [{\"input\": \"ir.left.P\"}], \"op\": \">\", \"value\": 1.0000001"), "SG1015", 7, 91, "r.json");

    [Fact]
    public void ASyntaxErrorIsReportedAtItsPosition() =>
        Error("{\n  \"automations\": [\n    {,\n  ]\n}", "SG0100", 3, 6, "r.json");

    [Fact]
    public void ADuplicateMemberIsAnError() =>
        Error("{\"automations\": [], \"automations\": []}", "SG0108", 1, 21, "r.json");

    [Fact]
    public void AMissingConditionIsAnError() =>
        Error("{\"automations\": [{\"name\": \"a\", \"mode\": \"on_change\"}]}", "SG0103", 1, 18, "r.json");

    [Fact]
    public void AnotherVersionIsAnError() => Error("{\"version\": 2, \"automations\": []}", "SG0109", 1, 13, "r.json");

    [Fact]
    public void ExponentNumbersAreExact() =>
        Assert.Equal(10_000_000_000L, ((Binding.BoundCompare)Ok(Rules("\"inputs\": [{\"input\": \"ir.left.P\"}], \"op\": \">\", \"value\": 1e4"), "r.json").Rules.Automations[0].Condition).Value);
}
