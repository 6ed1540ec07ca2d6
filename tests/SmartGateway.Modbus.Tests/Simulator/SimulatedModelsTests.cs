using System.Text;
using System.Text.Json;
using SmartGateway.Runtime.Devices;
using SmartGateway.Simulator;
using SmartGateway.Simulator.Devices;

namespace SmartGateway.Modbus.Tests.Simulator;

/// <summary>The simulator's devices come from the shipped device maps, compiled at build time, and nowhere else.</summary>
public class SimulatedModelsTests
{
    [Fact]
    public void EveryShippedMapIsTheSimulatorsTableForItsModel()
    {
        DeviceMap[] simulated = SimulatedModels.Maps();
        Assert.Equal(ShippedMaps.Maps.Select(m => m.Model).Order(), simulated.Select(m => m.Model).Order());
        foreach (DeviceMap map in simulated) Assert.Equal(Dump(ShippedMaps.Get(map.Model)), Dump(map));
    }

    [Theory]
    [InlineData("IE38MD", "IE38MD")]
    [InlineData("IE35MD", "IE38MD")]
    [InlineData("WM3M4C", "WM3M4C")]
    [InlineData("WM1-6", "WM1")]
    [InlineData("MC750", "MC7x0")]
    [InlineData("iMT440", "MC7x0")]
    [InlineData("BI432", "BI432")]
    public void AModelIsServedByTheMapThatMatchesIt(string model, string map) => Assert.Equal(map, SimulatedModels.MapFor(model).Model);

    [Fact]
    public void AConfiguredModelNoMapServesIsAClearError()
    {
        var config = new DeviceConfig { Unit = 9, Model = "XY100" };
        JsonException e = Assert.Throws<JsonException>(() => config.Create());
        Assert.Contains("XY100", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASimulatedDeviceAnswersOnlyItsMapsReadableRuns()
    {
        var meter = new IskraMeter("WM3M4C", "W1");
        foreach (RegisterRange r in meter.Map.Readable) Assert.True(meter.IsReadable(r.Table, r.Start, r.Count));
        Assert.False(meter.IsReadable(RegisterTable.Input, 2750, 2)); // an Impact block
        Assert.False(meter.IsReadable(RegisterTable.Input, 1, 15));
    }

    private static string Dump(DeviceMap m)
    {
        var b = new StringBuilder();
        b.Append(m.Model).Append('|').AppendJoin(',', m.Matches).Append('|').Append(m.ModelRegister).Append(',').Append(m.ModelWords)
            .Append(',').Append(m.SerialRegister).Append(',').Append(m.SerialWords).Append('\n');
        foreach (RegisterRange r in m.Readable) b.Append("R ").Append(r.Table).Append(' ').Append(r.Start).Append(' ').Append(r.Count).Append('\n');
        foreach (Measurement x in m.Measurements)
            b.Append("M ").Append(x.Path).Append(' ').Append(x.Table).Append(' ').Append(x.Register).Append(' ').Append(x.Encoding).Append(' ')
                .Append(x.WordOrder).Append(' ').Append(x.Scale).Append(' ').Append(x.Unit).Append(' ').Append(x.ExponentRegister).Append('\n');
        foreach (Counter c in m.Counters)
            b.Append("C ").Append(c.Number).Append(' ').Append(c.Tariff).Append(' ').Append(c.Direction).Append(' ').Append(c.Resettable)
                .Append(' ').Append(Array.IndexOf(m.Measurements, c.Value)).Append('\n');
        if (m.Bicom is BicomControl k) b.Append("B ").Append(k.StateRegister).Append(' ').Append(k.ControlRegister).Append(' ').Append(k.OnValue)
            .Append(' ').Append(k.OffValue).Append(' ').Append(k.ToggleValue).Append('\n');
        foreach (WritableRegister w in m.Writable) b.Append("W ").Append(w.Name).Append(' ').Append(w.Register).Append(' ').Append(w.Type).Append(' ').Append(w.Min).Append(' ').Append(w.Max).Append('\n');
        b.Append("X ").Append(m.Communication?.AddressRegister);
        return b.ToString();
    }
}
