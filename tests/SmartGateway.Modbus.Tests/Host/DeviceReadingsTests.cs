using SmartGateway.Devices;
using SmartGateway.Runtime.Execution;

namespace SmartGateway.Modbus.Tests.Host;

public class DeviceReadingsTests
{
    [Fact]
    public void FillPutsEachReadingAtItsInputIndex()
    {
        var readings = new DeviceReadings();
        readings.Set("ir.left.P", 10_600_000_000);
        readings.Set("rs485.33.U.L1", 231_200_000);
        readings.Invalidate("rs485.33.U.L1");
        var snapshot = new Snapshot(3);
        snapshot.Set(2, 99);
        readings.Fill(["rs485.33.U.L1", "ir.left.P.total", "time.hour"], snapshot);
        Assert.Equal(new[] { false, true, false }, snapshot.Valid);
        Assert.Equal(10_600_000_000, snapshot.Values[1]);
    }

    [Fact]
    public void InvalidatedReadingKeepsItsLastValueForDisplay()
    {
        var readings = new DeviceReadings();
        readings.Set("rs485.1.f", 50_000_000);
        readings.Invalidate("rs485.1.f");
        DeviceReading r = readings.Get("rs485.1.f");
        Assert.False(r.Valid);
        Assert.Equal(50_000_000, r.Value);
    }
}
