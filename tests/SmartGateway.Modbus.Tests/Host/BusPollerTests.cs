using System.Net;
using SmartGateway.Devices;
using SmartGateway.Modbus.Tests.Integration;
using SmartGateway.Simulator;

namespace SmartGateway.Modbus.Tests.Host;

public class BusPollerTests
{
    [Fact]
    public async Task BusWithAnOfflineDeviceDoesNotSlowAnotherBus()
    {
        SimulatedBus simA = SimulatorSetup.CreateFrozenBus();
        SimulatedBus simB = SimulatorSetup.CreateFrozenBus();
        await using var serverA = new TcpSlaveServer(simA, new IPEndPoint(IPAddress.Loopback, 0));
        await using var serverB = new TcpSlaveServer(simB, new IPEndPoint(IPAddress.Loopback, 0));
        serverA.Start();
        serverB.Start();
        simA.FaultsOf(33).Offline = true;
        using var busA = new ModbusBus(new TcpTransport("127.0.0.1", serverA.Port), TimeSpan.FromMilliseconds(400));
        using var busB = new ModbusBus(new TcpTransport("127.0.0.1", serverB.Port), TimeSpan.FromMilliseconds(400));
        var readings = new DeviceReadings();
        var pollerA = new BusPoller(busA, [new PolledDevice("ir.left", 33, ShippedMaps.Get("IE38MD"))], readings);
        var pollerB = new BusPoller(busB, [new PolledDevice("rs485.1", 1, ShippedMaps.Get("WM3M4C"))], readings);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(1.5));
        Task a = pollerA.RunAsync(TimeSpan.FromMilliseconds(100), cts.Token);
        Task b = pollerB.RunAsync(TimeSpan.FromMilliseconds(100), cts.Token);
        await Task.WhenAll(a, b);
        // Bus A's first cycle alone waits 3 blocks × 2 attempts × 400 ms; bus B keeps its 100 ms period.
        Assert.True(pollerB.CompletedCycles >= 5, $"bus B ran {pollerB.CompletedCycles} cycles");
        Assert.True(pollerA.CompletedCycles <= 2, $"bus A ran {pollerA.CompletedCycles} cycles");
        Assert.True(readings.Get("rs485.1.U.L1").Valid);
        Assert.False(readings.Get("ir.left.U.L1").Valid);
    }

    [Fact]
    public async Task OfflineDeviceIsProbedWithOneShortReadAndDoesNotStallTheBus()
    {
        SimulatedBus sim = SimulatorSetup.CreateFrozenBus();
        await using var server = new TcpSlaveServer(sim, new IPEndPoint(IPAddress.Loopback, 0));
        server.Start();
        sim.FaultsOf(33).Offline = true;
        using var bus = new ModbusBus(new TcpTransport("127.0.0.1", server.Port), TimeSpan.FromMilliseconds(200));
        var readings = new DeviceReadings();
        var poller = new BusPoller(bus, [new PolledDevice("ir.left", 33, ShippedMaps.Get("IE38MD")), new PolledDevice("rs485.1", 1, ShippedMaps.Get("WM3M4C"))], readings)
        {
            ProbeTimeout = TimeSpan.FromMilliseconds(20),
        };
        poller.RunCycle();
        poller.RunCycle();
        Assert.True(poller.IsOffline(0));
        var elapsed = new List<TimeSpan>();
        for (int i = 0; i < 10; i++) elapsed.Add(poller.RunCycle().Elapsed);
        // Offline: at most one 20 ms probe a cycle, never the 3 × 2 × 200 ms of a full cycle.
        Assert.All(elapsed, e => Assert.True(e < TimeSpan.FromMilliseconds(400), $"a cycle took {e.TotalMilliseconds} ms"));
        Assert.True(readings.Get("rs485.1.P").Valid);
    }
}
