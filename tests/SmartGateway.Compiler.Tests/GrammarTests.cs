using SmartGateway.Compiler.Binding;
using static SmartGateway.Compiler.Tests.Diagnosed;

namespace SmartGateway.Compiler.Tests;

public class GrammarTests
{
    [Fact]
    public void ParsesTheManualsHvacExample()
    {
        CompilationResult r = Ok("""
            automation "HVAC eco mode" on change {
              when ir.left.P > 10 kW ± 500 W
              then { modbus 4 write 3011 int16 5; bicom ir.right off; mqtt 1 "status" "ECO mode turned on" }
              else { modbus 4 write 3011 int16 4; bicom ir.right on;  mqtt 1 "status" "ECO mode turned off" }
            }
            """);
        BoundCompare compare = Assert.IsType<BoundCompare>(r.Rules.Automations[0].Condition);
        Assert.Equal((10_000_000_000L, 500_000_000L), (compare.Value, compare.Hysteresis));
        Assert.Equal(3, r.Rules.Automations[0].OnFalse.Count);
    }

    [Fact]
    public void AndBindsTighterThanOr()
    {
        CompilationResult r = Ok(Automation("time.hour < 6 or time.hour >= 6 and ir.left.P < 5 kW"));
        BoundOr or = Assert.IsType<BoundOr>(r.Rules.Automations[0].Condition);
        Assert.IsType<BoundAnd>(or.Items[1]);
    }

    [Fact]
    public void ParenthesesKeepANestedGroup()
    {
        CompilationResult r = Ok(Automation("(time.hour < 6 and time.hour > 2) and ir.left.P < 5 kW"));
        BoundAnd and = Assert.IsType<BoundAnd>(r.Rules.Automations[0].Condition);
        Assert.Equal(2, and.Items.Count);
        Assert.IsType<BoundAnd>(and.Items[0]);
    }

    [Fact]
    public void NotAppliesToTheNextComparison()
    {
        CompilationResult r = Ok(Automation("not tariff == 1 and tariff < 5"));
        BoundAnd and = Assert.IsType<BoundAnd>(r.Rules.Automations[0].Condition);
        Assert.IsType<BoundNot>(and.Items[0]);
    }

    [Fact]
    public void ReadsSumsWithSigns()
    {
        CompilationResult r = Ok(Automation("-rs485.1.P + rs485.2.P - ir.left.P > 0 W"));
        BoundCompare c = Assert.IsType<BoundCompare>(r.Rules.Automations[0].Condition);
        Assert.Equal([true, false, true], c.Terms.Select(t => t.Negative));
    }

    [Fact]
    public void ReadsTimersHoldsAndThePlusMinusSpelling()
    {
        CompilationResult r = Ok("""
            automation "pump" continuous {
              min on 5 min
              min off 90 s
              when temperature > 60 °C +- 2 °C for 2 min
              then bicom rs485.7 on
              else bicom rs485.7 off
            }
            """);
        BoundAutomation a = r.Rules.Automations[0];
        Assert.Equal((300L, 90L), (a.MinOnSeconds, a.MinOffSeconds));
        Assert.Equal(120L, Assert.IsType<BoundCompare>(a.Condition).ForSeconds);
    }

    [Fact]
    public void CommentsAreIgnored() =>
        Ok("# a heater\nautomation \"a\" on change { // trailing\n when ir.left.P > 1 W # why\n then bicom ir.right on }");

    [Fact]
    public void WriteMultipleSelectsFunction16()
    {
        CompilationResult r = Ok(Automation("ir.left.P > 1 W", "modbus 4 write multiple 3011 uint16 7"));
        Assert.Equal(16, Assert.IsType<BoundModbus>(r.Rules.Automations[0].OnTrue[0]).Function);
    }

    [Fact]
    public void A32BitWriteUsesFunction16()
    {
        CompilationResult r = Ok(Automation("ir.left.P > 1 W", "modbus 4 write 3011 float32 -1.5"));
        Assert.Equal(16, Assert.IsType<BoundModbus>(r.Rules.Automations[0].OnTrue[0]).Function);
    }

    [Fact]
    public void AMissingThenIsReportedWhereItWasExpected() =>
        Error("automation \"a\" on change {\n  when ir.left.P > 1 W\n  bicom ir.right on\n}", "SG0001", 3, 3);

    [Fact]
    public void AnUnknownOperatorIsReportedAtTheOperator() =>
        Error("automation \"a\" on change {\n  when ir.left.P => 1 W\n  then bicom ir.right on\n}", "SG0001", 2, 18);

    [Fact]
    public void AnUnclosedStringIsReported() =>
        Error("automation \"a on change {\n}", "SG0001", 1, 26);

    [Fact]
    public void AnUnknownActionIsReportedAtTheAction() =>
        Error("automation \"a\" on change {\n  when ir.left.P > 1 W\n  then relay 3 on\n}", "SG0001", 3, 8);

    [Fact]
    public void DeepNestingIsRefusedBeforeParsing() =>
        Error($"automation \"a\" on change {{ when {new string('(', 100)}ir.left.P > 1", "SG0001", 1, 97);

    [Fact]
    public void AnEmptyFileIsAnEmptyRuleSet() => Assert.Empty(Ok("  # nothing yet\n").Rules.Automations);
}
