using System.Net;
using SmartGateway.Devices;
using SmartGateway.Modbus.Tests.Integration;
using SmartGateway.Runtime.Modbus;
using SmartGateway.Simulator;

namespace SmartGateway.Modbus.Tests.Simulator;

public class FaultBehaviourTests
{
    private static byte[] ReadPdu(int address, int count)
    {
        byte[] pdu = new byte[5];
        ModbusRequest.Read(1, FunctionCode.ReadInputRegisters, address, count).EncodePdu(pdu, 0);
        return pdu;
    }

    [Fact]
    public void ExampleConfigLoadsAndServesItsDevices()
    {
        var config = SimulatorConfig.Load(Path.Combine(AppContext.BaseDirectory, "simulator.example.json"));
        SimulatedBus bus = config.CreateBus();
        Assert.Equal(new byte[] { 1, 2, 5, 6, 32, 33 }, bus.Devices.Keys.Order());
        Assert.Equal(20, bus.FaultsOf(2).DelayMs);
    }

    [Fact]
    public async Task SlowReplyPastTheTimeoutIsNoReplyAndWithinItIsFine()
    {
        SimulatedBus sim = SimulatorSetup.CreateFrozenBus();
        sim.FaultsOf(1).DelayMs = 150;
        await using var server = new TcpSlaveServer(sim, new IPEndPoint(IPAddress.Loopback, 0));
        server.Start();
        using var bus = new ModbusBus(new TcpTransport("127.0.0.1", server.Port));
        var request = ModbusRequest.Read(1, FunctionCode.ReadInputRegisters, 1, 8);
        Assert.Equal(TransactionStatus.Timeout, bus.Execute(request, TimeSpan.FromMilliseconds(50), 0).Status);
        // The late reply to the first request carries the old transaction id and is skipped.
        Assert.True(bus.Execute(request, TimeSpan.FromMilliseconds(1000), 0).Ok);
    }

    [Fact]
    public void FlappingDeviceAlternatesBetweenAnsweringAndSilence()
    {
        SimulatedBus sim = SimulatorSetup.CreateFrozenBus();
        sim.FaultsOf(1).FlapSeconds = 0.15;
        var seen = new HashSet<bool>();
        DateTime until = DateTime.UtcNow + TimeSpan.FromSeconds(0.7);
        while (DateTime.UtcNow < until)
        {
            seen.Add(sim.Handle(1, ReadPdu(1, 1), 0, 5).Silent);
            Thread.Sleep(20);
        }
        Assert.Equal(2, seen.Count);
    }

    [Fact]
    public void WrongAddressFaultAnswersAsAnotherUnit()
    {
        SimulatedBus sim = SimulatorSetup.CreateFrozenBus();
        sim.FaultsOf(1).WrongAddress = 1;
        Assert.Equal(2, sim.Handle(1, ReadPdu(1, 1), 0, 5).Unit);
    }

    [Fact]
    public void TotalIsTheSameInputAsItsShortSpelling()
    {
        var readings = new DeviceReadings();
        readings.Set("rs485.1.P", 5_000_000);
        Assert.Equal(new DeviceReading(5_000_000, true, readings.Get("rs485.1.P").UpdatedUtc), readings.Get("rs485.1.P.total"));
        Assert.False(readings.Get("rs485.1.Q").Valid);
    }
}
