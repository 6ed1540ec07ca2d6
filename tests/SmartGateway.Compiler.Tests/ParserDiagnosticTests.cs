using SmartGateway.Compiler.Diagnostics;
using static SmartGateway.Compiler.Tests.Diagnosed;

namespace SmartGateway.Compiler.Tests;

/// <summary>Syntax errors stand where the author must look: at the bracket left open, with the nearest keyword.</summary>
public class ParserDiagnosticTests
{
    [Fact]
    public void AnUnclosedActionBlockIsReportedAtItsBraceWithThePlaceParsingStopped()
    {
        Diagnostic d = Error("""
            automation "a" on change {
              when ir.left.P > 1 kW
              then { bicom ir.right on
            }
            automation "b" on change {
              when ir.left.P > 1 kW
              then bicom ir.right on
            }
            """, "SG0001", 3, 8);
        Assert.Equal("'{' is not closed; parsing stopped at rules.sgr(5,1): unexpected 'automation'; expected '}'", d.Message);
    }

    [Fact]
    public void AnUnclosedAutomationIsReportedAtItsBraceWhenTheFileEnds()
    {
        Diagnostic d = Error("automation \"a\" on change {\n  when ir.left.P > 1 kW\n  then bicom ir.right on\n", "SG0001", 1, 26);
        Assert.Equal("'{' is not closed; parsing stopped at rules.sgr(4,1): unexpected end of file; expected '}'", d.Message);
    }

    [Fact]
    public void AnUnclosedParenthesisIsReportedAtItself()
    {
        Diagnostic d = Error(Automation("(ir.left.P > 1 kW and ir.left.P < 3 kW"), "SG0001", 2, 8);
        Assert.Equal("'(' is not closed; parsing stopped at rules.sgr(3,3): unexpected 'then'; expected ')'", d.Message);
    }

    [Fact]
    public void AParenthesisClosedByABraceIsTheOneReported()
    {
        Error("automation \"a\" on change {\n  when (tariff == 1\n  then bicom ir.right on }\n", "SG0001", 2, 8);
    }

    [Fact]
    public void AnErrorInBalancedBracketsStaysWhereParsingStopped()
    {
        Diagnostic d = Error(Automation("ir.left.P >> 1 kW"), "SG0001", 2, 19);
        Assert.DoesNotContain("not closed", d.Message);
    }

    [Theory]
    [InlineData("automaton \"a\" on change {\n  when tariff == 1\n  then bicom ir.right on\n}\n", 1, 1, "automation")]
    [InlineData("automation \"a\" on chnage {\n  when tariff == 1\n  then bicom ir.right on\n}\n", 1, 19, "change")]
    [InlineData("automation \"a\" contnuous {\n  when tariff == 1\n  then bicom ir.right on\n}\n", 1, 16, "continuous")]
    [InlineData("automation \"a\" on change {\n  wen tariff == 1\n  then bicom ir.right on\n}\n", 2, 3, "when")]
    [InlineData("automation \"a\" on change {\n  when tariff == 1\n  then bicm ir.right on\n}\n", 3, 8, "bicom")]
    [InlineData("automation \"a\" on change {\n  when tariff == 1\n  then mqt 1 \"a\" \"b\"\n}\n", 3, 8, "mqtt")]
    [InlineData("automation \"a\" on change {\n  when tariff == 1\n  then bicom ir.right on\n  esle bicom ir.right off\n}\n", 4, 3, "else")]
    [InlineData("automation \"a\" on change {\n  when ir.left.P > 1 kW adn tariff < 3\n  then bicom ir.right on\n}\n", 2, 25, "and")]
    public void AMisspeltKeywordGetsTheNearestOne(string source, int line, int column, string keyword)
    {
        Diagnostic d = Error(source, "SG0001", line, column);
        Assert.EndsWith($"; did you mean '{keyword}'?", d.Message);
    }

    [Fact]
    public void AKeywordOutOfPlaceGetsNoSuggestion()
    {
        Diagnostic d = Error("automation \"a\" on change {\n  when tariff == 1\n  else bicom ir.right on\n}\n", "SG0001", 3, 3);
        Assert.DoesNotContain("did you mean", d.Message);
    }

    [Fact]
    public void AWordFarFromEveryKeywordGetsNoSuggestion()
    {
        Diagnostic d = Error("automation \"a\" on change {\n  xyzzy tariff == 1\n}\n", "SG0001", 2, 3);
        Assert.DoesNotContain("did you mean", d.Message);
    }
}
