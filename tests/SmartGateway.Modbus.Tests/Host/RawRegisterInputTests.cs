using System.Net;
using SmartGateway.Devices;
using SmartGateway.Modbus.Tests.Integration;
using SmartGateway.Simulator;

namespace SmartGateway.Modbus.Tests.Host;

public class RawRegisterInputTests
{
    [Fact]
    public async Task RawRegisterInputsReadTheNumberInTheRegisters()
    {
        SimulatedBus sim = SimulatorSetup.CreateFrozenBus();
        await using var server = new TcpSlaveServer(sim, new IPEndPoint(IPAddress.Loopback, 0));
        server.Start();
        using var bus = new ModbusBus(new TcpTransport("127.0.0.1", server.Port));
        var readings = new DeviceReadings();
        var device = new PolledDevice("rs485.33", 33, ShippedMaps.Get("IE38MD"), ["ireg.107.uint32", "reg.151.int16", "U.L1", "P.total"]);
        var poller = new BusPoller(bus, [device], readings);
        Assert.Equal(0, poller.RunCycle().Failed);
        ushort[] input = sim.Devices[33].Input;
        Assert.Equal(((long)input[107] << 16 | input[108]) * 1_000_000, readings.Get("rs485.33.ireg.107.uint32").Value);
        Assert.True(readings.Get("rs485.33.reg.151.int16").Valid);
        Assert.True(readings.Get("rs485.33.U.L1").Valid);
        Assert.True(readings.Get("rs485.33.P").Valid);
        Assert.False(readings.Get("rs485.33.f").Valid);
    }

    [Fact]
    public void PathThatIsNeitherMappedNorRawIsRefused()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new PolledDevice("rs485.33", 33, ShippedMaps.Get("IE38MD"), ["volts"]));
        Assert.StartsWith("rs485.33: IE38MD has no input \"volts\"", e.Message);
    }
}
