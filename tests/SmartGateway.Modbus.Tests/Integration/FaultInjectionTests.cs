using System.Net;
using SmartGateway.Devices;
using SmartGateway.Runtime.Devices;
using SmartGateway.Simulator;
using SmartGateway.Simulator.Devices;
using SmartGateway.Tests.Shared;

namespace SmartGateway.Modbus.Tests.Integration;

public class FaultInjectionTests
{
    private const int FaultyCycles = 40;

    [Fact]
    public async Task TenPercentBadRepliesOverTcpNeverYieldAWrongValue()
    {
        SimulatedBus sim = SimulatorSetup.CreateFrozenBus();
        await using var server = new TcpSlaveServer(sim, new IPEndPoint(IPAddress.Loopback, 0));
        server.Start();
        using var bus = new ModbusBus(new TcpTransport("127.0.0.1", server.Port), TimeSpan.FromMilliseconds(100));
        Check(sim, bus);
    }

    [Fact]
    public void TenPercentBadRepliesOverAPseudoTerminalNeverYieldAWrongValue()
    {
        using var pty = new PtyPair();
        SimulatedBus sim = SimulatorSetup.CreateFrozenBus();
        using var slave = new RtuSlaveServer(sim, pty.First) { Pace = false };
        slave.Start();
        using var bus = new ModbusBus(new SerialTransport(pty.Second), TimeSpan.FromMilliseconds(100));
        Check(sim, bus);
    }

    private static void Check(SimulatedBus sim, ModbusBus bus)
    {
        foreach (byte unit in sim.Devices.Keys)
        {
            FaultSettings f = sim.FaultsOf(unit);
            f.Corrupt = 0.04;
            f.NoReply = 0.03;
            f.WrongAddress = 0.03;
        }
        var readings = new DeviceReadings();
        List<PolledDevice> devices = SimulatorSetup.PolledDevices(sim);
        var poller = new BusPoller(bus, devices, readings);
        int failed = 0;
        for (int cycle = 0; cycle < FaultyCycles; cycle++)
        {
            failed += poller.RunCycle().Failed;
            AssertEveryValidValueIsRight(sim, readings, devices);
        }
        Assert.True(bus.Attempts > bus.Transactions, "faults were injected but no attempt was retried");
        foreach (byte unit in sim.Devices.Keys)
        {
            FaultSettings f = sim.FaultsOf(unit);
            f.Corrupt = f.NoReply = f.WrongAddress = 0;
        }
        for (int cycle = 0; cycle < 3; cycle++) poller.RunCycle();
        SimulatorSetup.AssertAllInputsRead(sim, readings, devices);
    }

    private static void AssertEveryValidValueIsRight(SimulatedBus sim, DeviceReadings readings, List<PolledDevice> devices)
    {
        foreach (PolledDevice d in devices)
        {
            if (sim.Devices[d.Unit] is not IskraMeter meter) continue;
            foreach (Measurement m in d.Map.Measurements)
            {
                DeviceReading r = readings.Get(d.Interface + "." + m.Path);
                if (!r.Valid) continue;
                double truth = meter.Truth[m.Path];
                Assert.True(Math.Abs(r.Value / 1e6 - truth) <= Math.Max(Math.Abs(truth) * 1e-6, 0.006), $"{d.Interface}.{m.Path}: accepted {r.Value / 1e6}, truth {truth}");
            }
        }
    }
}
