using System.IO.Ports;
using SmartGateway.Devices;
using SmartGateway.Simulator;
using SmartGateway.Tests.Shared;

namespace SmartGateway.Modbus.Tests.Integration;

public class SerialSimulatorTests
{
    [Theory]
    [InlineData(115200, Parity.None, StopBits.One)]
    [InlineData(19200, Parity.Even, StopBits.One)]
    [InlineData(9600, Parity.Odd, StopBits.One)]
    [InlineData(38400, Parity.None, StopBits.Two)]
    public void MasterReadsEveryInputOfEveryShippedMapOverAPseudoTerminal(int baud, Parity parity, StopBits stopBits)
    {
        using var pty = new PtyPair();
        SimulatedBus sim = SimulatorSetup.CreateFrozenBus();
        using var slave = new RtuSlaveServer(sim, pty.First, baud, parity, stopBits) { Pace = false };
        slave.Start();
        using var bus = new ModbusBus(new SerialTransport(pty.Second, baud, parity, stopBits));
        var readings = new DeviceReadings();
        List<PolledDevice> devices = SimulatorSetup.PolledDevices(sim);
        var poller = new BusPoller(bus, devices, readings);
        CycleReport report = poller.RunCycle();
        Assert.Equal(0, report.Failed);
        SimulatorSetup.AssertAllInputsRead(sim, readings, devices);
    }
}
