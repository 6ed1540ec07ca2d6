using SmartGateway.Compiler.Formatting;
using static SmartGateway.Compiler.Tests.Diagnosed;
using static SmartGateway.Tests.Shared.Repository;

namespace SmartGateway.Compiler.Tests;

public class FormatterTests
{
    [Fact]
    public void CanonicalDslOfTheHeaterExample()
    {
        CompilationResult r = Ok("""
            automation "Heater" on change { when time.hour>=6 and time.hour<16 and ir.left.P<5000 W +- 200 W
            then bicom rs485.32 on else bicom rs485.32 off }
            """);
        Assert.Equal("""
            automation "Heater" on change {
              when time.hour >= 6 and time.hour < 16 and ir.left.P < 5 kW ± 200 W
              then bicom rs485.32 on
              else bicom rs485.32 off
            }

            """, DslFormatter.Format(r.Rules));
    }

    [Fact]
    public void NestedGroupsKeepTheirParentheses()
    {
        CompilationResult r = Ok(Automation("not (tariff == 1 or tariff == 2) and (time.hour > 1 and time.hour < 5)"));
        Assert.Contains("when not (tariff == 1 or tariff == 2) and (time.hour > 1 and time.hour < 5)\n", DslFormatter.Format(r.Rules));
    }

    [Fact]
    public void TextsAreEscaped()
    {
        CompilationResult r = Ok(Automation("tariff == 1", "mqtt 2 \"a\\\"b\" \"line\\nbreak\""));
        Assert.Contains("mqtt 2 \"a\\\"b\" \"line\\nbreak\"", DslFormatter.Format(r.Rules));
    }

    [Fact]
    public void CanonicalJsonSpellsEveryMember()
    {
        string json = JsonFormatter.Format(Ok(Automation("ir.left.P > 10.5 kW ± 500 W for 1 min")).Rules);
        Assert.Contains("\"value\": 10500,", json);
        Assert.Contains("\"hysteresis\": 500,", json);
        Assert.Contains("\"for\": 60", json);
        Assert.Contains("\"min_on\": 0,", json);
        Assert.Contains("\"enabled\": true,", json);
    }

    [Fact]
    public void CompilationIsDeterministic()
    {
        string source = File.ReadAllText(RepoFile("rules/examples/pv-surplus.sgr"));
        Assert.Equal(Ok(source).Image, Ok(source).Image);
    }

    [Fact]
    public void EveryShippedRuleFileCompilesAndRoundTrips()
    {
        foreach (string file in Directory.EnumerateFiles(RepoFile("rules"), "*.sgr", SearchOption.AllDirectories))
        {
            CompilationResult first = Ok(File.ReadAllText(file), file);
            string dsl = DslFormatter.Format(first.Rules);
            CompilationResult again = Ok(JsonFormatter.Format(Ok(dsl).Rules), "again.json");
            Assert.Equal(dsl, DslFormatter.Format(again.Rules));
            Assert.Equal(first.Image, again.Image);
        }
    }
}
