using SmartGateway.Compiler.Devices;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Devices;

namespace SmartGateway.Modbus.Tests.Devices;

public class BusLoadCheckTests
{
    private static PollDevice[] SixteenMeters()
    {
        DeviceMap wm = ShippedMaps.Get("WM3M4C");
        int[] all = Enumerable.Range(0, wm.Measurements.Length).ToArray();
        return Enumerable.Range(1, 16).Select(u => new PollDevice((byte)u, wm, all)).ToArray();
    }

    [Fact]
    public void SixteenMetersAt115200FitASecondTick()
    {
        var bag = new DiagnosticBag();
        BusLoadCheck.Check("rs485", SixteenMeters(), new BusTiming { Baud = 115200 }, 1_000_000, SourceSpan.None("rules.sgr"), bag);
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void SixteenMetersAt9600WarnSG4101()
    {
        var bag = new DiagnosticBag();
        PollPlan plan = BusLoadCheck.Check("rs485", SixteenMeters(), new BusTiming { Baud = 9600 }, 1_000_000, SourceSpan.None("rules.sgr"), bag);
        Diagnostic d = Assert.Single(bag.Items);
        Assert.Equal("SG4101", d.Code);
        Assert.False(d.IsError);
        Assert.StartsWith($"rules.sgr(1,1): warning SG4101: rs485: one poll cycle takes about {plan.PredictedCycleMicros / 1000}.", d.ToString());
    }
}
