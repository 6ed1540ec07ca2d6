using SmartGateway.Compiler.Binding;
using SmartGateway.Compiler.Diagnostics;
using static SmartGateway.Compiler.Tests.Diagnosed;

namespace SmartGateway.Compiler.Tests;

public class BinderTests
{
    private static BoundCompare Compare(string when) =>
        Assert.IsType<BoundCompare>(Ok(Automation(when)).Rules.Automations[0].Condition);

    [Theory]
    [InlineData("ir.left.P > 10 kW", 10_000_000_000L)]
    [InlineData("ir.left.P > 1.5 MW", 1_500_000_000_000L)]
    [InlineData("ir.left.Q > 2 kvar", 2_000_000_000L)]
    [InlineData("rs485.3.U.L2 > 0.4 kV", 400_000_000L)]
    [InlineData("ir.right.counter.1 > 3 kWh", 3_000_000_000L)]
    [InlineData("rs485.3.I.L1 > 250 mA", 250_000L)]
    [InlineData("rs485.3.thdU.L3 > 5 %", 5_000_000L)]
    [InlineData("rs485.3.f < 49.8 Hz", 49_800_000L)]
    public void UnitsScaleToTheBaseUnit(string when, long micro) => Assert.Equal(micro, Compare(when).Value);

    [Theory]
    [InlineData("ir.left.P.total > 1 W", "ir.left.P")]
    [InlineData("rs485.247.PF.L3 > 0.9", "rs485.247.PF.L3")]
    [InlineData("rs485.4.reg.3011.int16 == 5", "rs485.4.reg.3011.int16")]
    [InlineData("time.weekday >= 6", "time.weekday")]
    public void InputsResolveToTheirCanonicalPath(string when, string path) => Assert.Equal(path, Compare(when).Terms[0].Input.Path);

    [Fact]
    public void AUnitOfTheWrongQuantityIsAnError() => Error(Automation("ir.left.P > 10 V"), "SG1002", 2, 20);

    [Fact]
    public void AnUnknownUnitIsAnError() => Error(Automation("ir.left.P > 10 kw"), "SG1003", 2, 20);

    [Fact]
    public void AddingPowerToVoltageIsAnError() => Error(Automation("ir.left.P + ir.left.U.L1 > 10"), "SG1004", 2, 20);

    [Theory]
    [InlineData("ir.left.P1 > 1")]
    [InlineData("rs485.0.P > 1")]
    [InlineData("rs485.248.P > 1")]
    [InlineData("ir.left.U > 1")]
    [InlineData("ir.left.counter.17 > 1")]
    [InlineData("time.second > 1")]
    public void UnknownInputsAreErrorsAtTheInput(string when) => Error(Automation(when), "SG1001", 2, 8);

    [Fact]
    public void AModbusAddressOutsideTheBusIsAnError() => Error(Automation("ir.left.P > 1 W", "modbus 248 write 1 int16 1"), "SG1007", 3, 15);

    [Fact]
    public void AValueThatDoesNotFitTheTypeIsAnError() => Error(Automation("ir.left.P > 1 W", "modbus 4 write 1 int16 40000"), "SG1006", 3, 31);

    [Fact]
    public void AFractionForAnIntegerRegisterIsAnError() => Error(Automation("ir.left.P > 1 W", "modbus 4 write 1 uint16 1.5"), "SG1006", 3, 32);

    [Fact]
    public void AMqttLinkOtherThanOneOrTwoIsAnError() => Error(Automation("ir.left.P > 1 W", "mqtt 3 \"a\" \"b\""), "SG1011", 3, 13);

    [Fact]
    public void ABicomTargetMustBeAnInterface() => Error(Automation("ir.left.P > 1 W", "bicom ir.left.P on"), "SG1012", 3, 14);

    [Fact]
    public void AFractionalDurationIsAnError() => Error(Automation("ir.left.P > 1 W for 1.5 s"), "SG1013", 2, 28);

    [Fact]
    public void TwoAutomationsWithOneNameAreAnError() =>
        Error(Automation("ir.left.P > 1 W") + Automation("ir.left.P < 1 W"), "SG1014", 5, 1);

    [Fact]
    public void TwoAutomationsDrivingOneRelayAreAWarning()
    {
        Diagnostic d = Warning("""
            automation "a" on change { when ir.left.P > 1 kW ± 100 W then bicom ir.right on }
            automation "b" on change { when time.hour > 6 then bicom ir.right off }
            """, "SG1101");
        Assert.Contains("bicom ir.right", d.Message);
    }

    [Fact]
    public void OverlappingRegisterWritesAreAWarning() =>
        Warning("""
            automation "a" on change { when ir.left.P > 1 kW ± 100 W then modbus 4 write 3011 int32 1 }
            automation "b" on change { when time.hour > 6 then modbus 4 write 3012 int16 2 }
            """, "SG1101");

    [Fact]
    public void AContinuousAutomationOnAnAnalogueInputWithoutHysteresisIsAWarning() =>
        Warning(Automation("ir.left.P > 10 kW", mode: "continuous"), "SG1102");

    [Fact]
    public void AComparisonOutsideTheInputsRangeIsAWarning() => Warning(Automation("time.hour > 23"), "SG1103");
}
