using SmartGateway.Devices;
using SmartGateway.Simulator;

namespace SmartGateway.Modbus.Tests.Integration;

public class SerialSimulatorTests
{
    [Fact]
    public void MasterReadsEveryInputOfEveryShippedMapOverAPseudoTerminal()
    {
        using var pty = new PtyPair();
        SimulatedBus sim = SimulatorSetup.CreateFrozenBus();
        using var slave = new RtuSlaveServer(sim, pty.First) { Pace = false };
        slave.Start();
        using var bus = new ModbusBus(new SerialTransport(pty.Second));
        var readings = new DeviceReadings();
        List<PolledDevice> devices = SimulatorSetup.PolledDevices(sim);
        var poller = new BusPoller(bus, devices, readings);
        CycleReport report = poller.RunCycle();
        Assert.Equal(0, report.Failed);
        SimulatorSetup.AssertAllInputsRead(sim, readings, devices);
    }
}
