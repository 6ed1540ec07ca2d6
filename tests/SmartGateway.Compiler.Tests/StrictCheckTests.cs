using SmartGateway.Compiler.Binding;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Formatting;
using static SmartGateway.Compiler.Tests.Diagnosed;

namespace SmartGateway.Compiler.Tests;

/// <summary>Units where an input has one, action targets against the device line-up, did-you-mean, band warnings.</summary>
public class StrictCheckTests
{
    /// <summary>The simulator's line-up: a meter on the left IR port, a Bicom on the right, WM3M4C meters at 1 and 2, a BI432 at 32.</summary>
    private static readonly DeviceLineUp House = new(
    [
        new LineUpDevice("ir.left", "IE38MD", false), new LineUpDevice("ir.right", "BI432", true),
        new LineUpDevice("rs485.1", "WM3M4C", false), new LineUpDevice("rs485.2", "WM3M4C", false), new LineUpDevice("rs485.32", "BI432", true),
    ]);

    private static CompilationResult WithHouse(string source, string path = "rules.sgr") =>
        Compilation.Compile(path, System.Text.Encoding.UTF8.GetBytes(source), new CompileOptions(House));

    private static Diagnostic At(CompilationResult r, string code, int line, int column)
    {
        Diagnostic? d = r.Diagnostics.FirstOrDefault(x => x.Code == code);
        Assert.True(d != null, string.Join("\n", r.Diagnostics));
        Assert.Equal((line, column), (d.Span.Line, d.Span.Column));
        return d;
    }

    private static Diagnostic WarningAt(string source, string code, int line, int column) => At(Ok(source), code, line, column);

    private static string Json(string compare, string actions = """[{"bicom": {"target": "ir.right", "function": "off"}}]""") => $$"""
        {
          "version": 1,
          "automations": [
            {
              "name": "a",
              "mode": "on_change",
              "condition": { "compare": { {{compare}} } },
              "on_true": {{actions}}
            }
          ]
        }
        """;

    [Fact]
    public void ABareValueComparedWithAPowerIsAnErrorAtTheNumberSuggestingKilowatts()
    {
        Diagnostic d = Error(Automation("-rs485.1.P > 3.5 ± 500 W"), "SG1020", 2, 21);
        Assert.Equal("3.5 needs a unit: rs485.1.P is measured in W, kW or MW; did you mean 3.5 kW?", d.Message);
    }

    [Fact]
    public void ABareHysteresisIsAnErrorAtTheHysteresis()
    {
        Diagnostic d = Error(Automation("ir.left.P > 3 kW ± 500"), "SG1020", 2, 27);
        Assert.EndsWith("did you mean 500 W?", d.Message);
    }

    [Theory]
    [InlineData("ir.left.P", "0", "0 W")]
    [InlineData("ir.left.P", "500", "500 W")]
    [InlineData("ir.left.Q", "2.2", "2.2 kvar")]
    [InlineData("rs485.3.U.L1", "230", "230 V")]
    [InlineData("rs485.3.U.L1", "0.4", "0.4 kV")]
    [InlineData("rs485.3.I.L1", "16", "16 A")]
    [InlineData("ir.left.counter.1", "5", "5 kWh")]
    [InlineData("rs485.3.f", "49.8", "49.8 Hz")]
    [InlineData("temperature", "60", "60 °C")]
    [InlineData("rs485.3.thdU.L1", "8", "8 %")]
    public void TheSuggestedUnitFitsTheMagnitude(string input, string number, string suggestion) =>
        Assert.EndsWith($"did you mean {suggestion}?", Error(Automation($"{input} > {number}"), "SG1020", 2, 11 + input.Length).Message);

    [Theory]
    [InlineData("time.hour >= 6")]
    [InlineData("tariff == 2")]
    [InlineData("rs485.4.reg.3011.int16 == 5")]
    [InlineData("rs485.4.ireg.10.float32 > 2.5")]
    [InlineData("pulse > 300")]
    [InlineData("ir.left.PF < 0.9 ± 0.05")]
    public void DimensionlessInputsTakeBareNumbers(string when) => Ok(Automation(when));

    [Fact]
    public void JsonNumbersAreInTheBaseUnit()
    {
        CompilationResult r = Ok(Json("""
            "inputs": [{"input": "ir.left.counter.1"}], "op": ">", "value": 1500, "hysteresis": 100
            """), "r.json");
        Assert.Equal(1_500_000_000L, Assert.IsType<BoundCompare>(r.Rules.Automations[0].Condition).Value);
    }

    [Fact]
    public void TheFormatterPrintsTheUnitOfEveryMeasuredValueSoItsOutputCompiles()
    {
        CompilationResult r = Ok(Json("""
            "inputs": [{"input": "ir.left.counter.1"}, {"sign": "-", "input": "ir.left.counter.2"}], "op": ">", "value": 1500, "hysteresis": 100
            """), "r.json");
        string dsl = DslFormatter.Format(r.Rules);
        Assert.Contains("when ir.left.counter.1 - ir.left.counter.2 > 1.5 kWh ± 100 Wh\n", dsl);
        Assert.Equal(dsl, DslFormatter.Format(Ok(dsl).Rules));
    }

    [Fact]
    public void ReloadingAStoredSourceTakesABareNumberAsTheBaseUnit()
    {
        CompilationResult r = Compilation.Compile("rules.sgr", System.Text.Encoding.UTF8.GetBytes(Automation("ir.left.P > 3500")), new CompileOptions(Reload: true));
        Assert.True(r.Success, string.Join("\n", r.Diagnostics));
        Assert.Equal(3_500_000_000L, Assert.IsType<BoundCompare>(r.Rules.Automations[0].Condition).Value);
    }

    [Fact]
    public void ABicomActionOnTheLeftIrPortIsAlwaysAnError()
    {
        Diagnostic d = Error(Automation("ir.left.P > 3 kW", "bicom ir.left off"), "SG1021", 3, 14);
        Assert.Contains("left IR port is for energy meters", d.Message);
    }

    [Fact]
    public void ABicomActionOnTheLeftIrPortInJsonIsAnErrorAtTheTarget() =>
        Error(Json("""
            "inputs": [{"input": "ir.left.P"}], "op": ">", "value": 3000
            """, """[{"bicom": {"target": "ir.left", "function": "off"}}]"""), "SG1021", 8, 40, "r.json");

    [Fact]
    public void ABicomActionOnAMetersAddressIsAnErrorWhenTheLineUpIsKnown()
    {
        CompilationResult r = WithHouse(Automation("ir.left.P > 3 kW", "bicom rs485.1 on"));
        Assert.False(r.Success);
        Assert.Equal("bicom rs485.1: there is no Bicom at rs485.1 (it is a WM3M4C meter)", At(r, "SG1022", 3, 14).Message);
    }

    [Fact]
    public void ABicomActionOnAnEmptyAddressIsAnErrorWhenTheLineUpIsKnown()
    {
        CompilationResult r = WithHouse(Automation("ir.left.P > 3 kW", "{ bicom rs485.32 on; bicom rs485.7 on }"));
        Assert.Contains("no device is configured there", At(r, "SG1022", 3, 35).Message);
    }

    [Fact]
    public void ABicomActionOnAMetersAddressInJsonIsAnErrorAtTheTarget()
    {
        CompilationResult r = WithHouse(Json("""
            "inputs": [{"input": "ir.left.P"}], "op": ">", "value": 3000
            """, """[{"bicom": {"target": "rs485.2", "function": "on"}}]"""), "r.json");
        Assert.False(r.Success);
        At(r, "SG1022", 8, 40);
    }

    [Fact]
    public void BicomActionsOnBicomsPassTheLineUp() =>
        Assert.True(WithHouse(Automation("ir.left.P > 3 kW", "{ bicom rs485.32 on; bicom ir.right off }")).Success);

    [Fact]
    public void WithoutALineUpOnlyTheLeftIrPortIsChecked() => Ok(Automation("ir.left.P > 3 kW", "bicom rs485.1 on"));

    [Fact]
    public void AModbusWriteNoDeviceAnswersIsAWarningAtTheAddress()
    {
        CompilationResult r = WithHouse(Automation("ir.left.P > 3 kW", "modbus 99 write 3011 int16 5"));
        Assert.True(r.Success);
        Diagnostic d = At(r, "SG1104", 3, 15);
        Assert.False(d.IsError);
        Assert.Equal("modbus 99: no device is listed at address 99; check the address (a device without Iskra identification registers is never listed)", d.Message);
    }

    [Fact]
    public void AModbusWriteToAConfiguredAddressIsQuiet() =>
        Assert.DoesNotContain(WithHouse(Automation("ir.left.P > 3 kW", "modbus 2 write 3011 int16 5")).Diagnostics, d => d.Code == "SG1104");

    [Fact]
    public void AModbusWriteNoDeviceAnswersInJsonIsAWarningAtTheAddress()
    {
        CompilationResult r = WithHouse(Json("""
            "inputs": [{"input": "ir.left.P"}], "op": ">", "value": 3000
            """, """[{"modbus": {"address": 99, "function": 6, "register": 3011, "type": "int16", "value": 5}}]"""), "r.json");
        At(r, "SG1104", 8, 42);
    }

    [Theory]
    [InlineData("ir.lft.P > 1 W", "ir.left.P")]
    [InlineData("ir.left.p > 1 W", "ir.left.P")]
    [InlineData("rs485.2.U > 1 V", "rs485.2.U.L1")]
    [InlineData("rs458.2.P > 1 W", "rs485.2.P")]
    [InlineData("time.hours > 1", "time.hour")]
    [InlineData("tarif > 1", "tariff")]
    [InlineData("ir.right.conter.3 > 1 kWh", "ir.right.counter.3")]
    [InlineData("rs485.4.reg.3011.int61 == 5", "rs485.4.reg.3011.int16")]
    public void AnUnknownInputSuggestsTheNearestRealOne(string when, string nearest) =>
        Assert.EndsWith($": did you mean \"{nearest}\"?", Error(Automation(when), "SG1001", 2, 8).Message);

    [Fact]
    public void AnInputNothingLikeARealOneGetsExamples() =>
        Assert.Contains("inputs look like ir.left.P", Error(Automation("voltage > 1 V"), "SG1001", 2, 8).Message);

    [Theory]
    [InlineData("ir.middle.P > 1 W", "\"ir.middle\" is not an interface (ir.left, ir.right or rs485.1–247)")]
    [InlineData("rs485.300.U.L1 > 1 V", "\"rs485.300\" is not an interface (ir.left, ir.right or rs485.1–247)")]
    [InlineData("ir.rihgt.f > 50 Hz", "did you mean \"ir.right.f\"?")]
    public void AnInputOnAWrongInterfaceSaysSo(string when, string hint) => Assert.EndsWith(hint, Error(Automation(when), "SG1001", 2, 8).Message);

    [Fact]
    public void AnInputEquallyNearTwoRealOnesGetsExamplesNotAGuess() =>
        Assert.Contains("inputs look like", Error(Automation("ir.left.R > 1 W"), "SG1001", 2, 8).Message);

    [Theory]
    [InlineData("kw", ": did you mean kW?")]
    [InlineData("KWH", ": did you mean kWh?")]
    [InlineData("C", "")]
    public void AnUnknownUnitSuggestsTheNearestUnambiguousOne(string unit, string hint) =>
        Assert.Equal($"unknown unit \"{unit}\"{hint}", Error(Automation($"ir.left.P > 10 {unit}"), "SG1003", 2, 20).Message);

    [Fact]
    public void AnUnknownInputInJsonSuggestsTheNearestAtTheInput()
    {
        Diagnostic d = Error(Json("""
            "inputs": [{"input": "ir.lef.P"}], "op": ">", "value": 3000
            """), "SG1001", 7, 56, "r.json");
        Assert.EndsWith("did you mean \"ir.left.P\"?", d.Message);
    }

    [Fact]
    public void AMisspeltBicomTargetSuggestsTheNearestInterface() =>
        Assert.EndsWith("did you mean ir.right?", Error(Automation("ir.left.P > 1 W", "bicom ir.rigth on"), "SG1012", 3, 14).Message);

    [Fact]
    public void HysteresisPastTheLowestValueIsAWarningAtTheHysteresis()
    {
        Diagnostic d = WarningAt(Automation("rs485.1.I.L1 > 2 A ± 3 A"), "SG1105", 2, 29);
        Assert.Equal("hysteresis 3 A reaches past 0 A, the lowest value of rs485.1.I.L1: once true, the condition never becomes false", d.Message);
    }

    [Fact]
    public void HysteresisPastTheHighestValueIsAWarning() =>
        Assert.EndsWith("once false, the condition never becomes true",
            WarningAt(Automation("ir.left.PF > 0.9 ± 0.2"), "SG1105", 2, 27).Message);

    [Fact]
    public void HysteresisPastTheBoundOfALessThanIsAWarning() =>
        Assert.Contains("the lowest value of rs485.1.U.L1: once false",
            WarningAt(Automation("rs485.1.U.L1 < 5 V ± 10 V"), "SG1105", 2, 29).Message);

    [Fact]
    public void ABandCoveringEveryValueIsAWarningAtTheComparison()
    {
        Diagnostic d = WarningAt(Automation("tariff >= 3 ± 3"), "SG1106", 2, 8);
        Assert.Equal("the band 0 … 6 covers every value tariff can take (1 to 5): the condition never switches", d.Message);
    }

    [Fact]
    public void AnEqualityBandCoveringEveryValueIsAWarning() => WarningAt(Automation("time.hour == 12 ± 12"), "SG1106", 2, 8);

    [Theory]
    [InlineData("rs485.1.I.L1 > 10 A ± 2 A")]
    [InlineData("ir.left.P > -1 kW ± 5 kW")]
    [InlineData("time.hour > 12 ± 2")]
    [InlineData("rs485.1.U.L1 - rs485.1.U.L2 > 1 V ± 5 V")]
    public void ABandThatCanSwitchBothWaysIsQuiet(string when) =>
        Assert.DoesNotContain(Ok(Automation(when)).Diagnostics, d => d.Code is "SG1105" or "SG1106");
}
